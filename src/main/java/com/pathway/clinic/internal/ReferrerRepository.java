package com.pathway.clinic.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferrerRepository extends JpaRepository<Referrer, Long> {
}
