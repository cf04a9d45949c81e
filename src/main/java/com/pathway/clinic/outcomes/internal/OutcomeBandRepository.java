package com.pathway.clinic.outcomes.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import com.pathway.clinic.outcomes.Instrument;

public interface OutcomeBandRepository extends JpaRepository<OutcomeBand, Long> {

    List<OutcomeBand> findByInstrumentOrderByMinScoreAsc(Instrument instrument);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OutcomeBand b where b.instrument = :instrument")
    void deleteByInstrument(Instrument instrument);
}
