package com.pathway.clinic.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    boolean existsByItemKey(String itemKey);
}
