package com.pathway.clinic.screening.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRepository extends JpaRepository<Screening, Long> {

    /** The lead's revisions, newest first. */
    List<Screening> findByItemIdOrderByRevisionDesc(long itemId);

    Optional<Screening> findFirstByItemIdOrderByRevisionDesc(long itemId);
}
