package com.pathway.clinic.treatment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseTemplateRepository extends JpaRepository<CourseTemplate, Long> {

    List<CourseTemplate> findAllByOrderByPositionAscIdAsc();

    List<CourseTemplate> findByActiveTrueOrderByPositionAscIdAsc();

    Optional<CourseTemplate> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(t.position), 0) from CourseTemplate t")
    int lastPosition();
}
