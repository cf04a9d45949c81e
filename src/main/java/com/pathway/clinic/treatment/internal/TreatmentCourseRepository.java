package com.pathway.clinic.treatment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.pathway.clinic.treatment.CourseStatus;

public interface TreatmentCourseRepository extends JpaRepository<TreatmentCourse, Long> {

    /** The lead's newest course, open or ended. */
    Optional<TreatmentCourse> findFirstByItemIdOrderByCreatedAtDescIdDesc(long itemId);

    Optional<TreatmentCourse> findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(long itemId,
            Collection<CourseStatus> statuses);

    List<TreatmentCourse> findByItemKeyInOrderByCreatedAtAscIdAsc(Collection<String> keys);
}
