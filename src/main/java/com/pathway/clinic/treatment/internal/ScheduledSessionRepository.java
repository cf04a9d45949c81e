package com.pathway.clinic.treatment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScheduledSessionRepository extends JpaRepository<ScheduledSession, Long> {

    List<ScheduledSession> findByCourseIdOrderByScheduledAtAscIdAsc(long courseId);

    Optional<ScheduledSession> findByIdAndItemKey(long id, String itemKey);

    /** The lead's booked sessions that were marked done, missed or cancelled, latest mark first. */
    List<ScheduledSession> findByItemKeyAndChangedAtIsNotNullOrderByChangedAtDescIdDesc(String itemKey, Limit limit);

    /** The lead's booked sessions that were moved, latest move first. */
    List<ScheduledSession> findByItemKeyAndMovedAtIsNotNullOrderByMovedAtDescIdDesc(String itemKey, Limit limit);

    /** Per course: when its latest done session was booked (for how long a course has gone without one). */
    @Query("""
            select s.courseId, max(s.scheduledAt) from ScheduledSession s
            where s.courseId in :courses and s.state = com.pathway.clinic.treatment.SessionState.DONE
            group by s.courseId""")
    List<Object[]> lastDone(Collection<Long> courses);

    /** Per course: how many booked sessions are done. */
    @Query("""
            select s.courseId, count(s) from ScheduledSession s
            where s.courseId in :courses and s.state = com.pathway.clinic.treatment.SessionState.DONE
            group by s.courseId""")
    List<Object[]> doneCounts(Collection<Long> courses);

    /** Per course: the earliest session still scheduled. */
    @Query("""
            select s.courseId, min(s.scheduledAt) from ScheduledSession s
            where s.courseId in :courses and s.state = com.pathway.clinic.treatment.SessionState.SCHEDULED
            group by s.courseId""")
    List<Object[]> nextScheduled(Collection<Long> courses);
}
