package com.pathway.clinic.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedLeadViewRepository extends JpaRepository<SavedLeadView, Long> {

    List<SavedLeadView> findByOwnerOrderByNameLowerAsc(String owner);

    Optional<SavedLeadView> findByIdAndOwner(long id, String owner);

    boolean existsByOwnerAndNameLower(String owner, String nameLower);

    long countByOwner(String owner);
}
