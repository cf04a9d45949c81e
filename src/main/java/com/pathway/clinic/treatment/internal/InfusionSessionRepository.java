package com.pathway.clinic.treatment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InfusionSessionRepository extends JpaRepository<InfusionSession, Long> {

    /** A course's sessions in the order they were given (their number is their place here). */
    List<InfusionSession> findByCourseIdOrderByStartedAtAscIdAsc(long courseId);

    Optional<InfusionSession> findByIdAndItemKey(long id, String itemKey);

    /** The lead's session records, latest first. */
    List<InfusionSession> findByItemKeyOrderByStartedAtDescIdDesc(String itemKey, Limit limit);

    long countByCourseIdAndSignedAtIsNotNull(long courseId);

    /** Per course: how many sessions are signed, and when the latest signed one started. */
    @Query("""
            select s.courseId, count(s), max(s.startedAt) from InfusionSession s
            where s.courseId in :courses and s.signedAt is not null group by s.courseId""")
    List<Object[]> signedCounts(Collection<Long> courses);

    /** The latest signed session of each of these courses. */
    @Query("""
            select s from InfusionSession s where s.courseId in :courses and s.signedAt is not null
            and s.startedAt = (select max(t.startedAt) from InfusionSession t
                               where t.courseId = s.courseId and t.signedAt is not null)""")
    List<InfusionSession> latestSigned(Collection<Long> courses);
}
