package com.pathway.clinic.treatment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import com.pathway.clinic.treatment.VitalSign;

public interface VitalThresholdRepository extends JpaRepository<VitalThreshold, VitalSign> {
}
