package com.pathway.clinic.treatment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.pathway.clinic.treatment.OptionKind;

public interface TreatmentOptionRepository extends JpaRepository<TreatmentOption, Long> {

    List<TreatmentOption> findByKindOrderByPositionAscIdAsc(OptionKind kind);

    List<TreatmentOption> findByKindAndActiveTrueOrderByPositionAscIdAsc(OptionKind kind);

    Optional<TreatmentOption> findByKindAndLabelIgnoreCase(OptionKind kind, String label);

    @Query("select coalesce(max(o.position), 0) from TreatmentOption o where o.kind = :kind")
    int lastPosition(OptionKind kind);
}
