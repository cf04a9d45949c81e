package com.pathway.clinic.outcomes.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import com.pathway.clinic.outcomes.Instrument;

public interface OutcomeMeasureRepository extends JpaRepository<OutcomeMeasure, Long> {

    /** A lead's measures of one instrument, newest first (at most a course's worth are kept per lead). */
    List<OutcomeMeasure> findByItemKeyInOrderByRecordedAtAscIdAsc(Collection<String> keys);

    List<OutcomeMeasure> findByItemIdAndInstrumentOrderByRecordedAtDescIdDesc(long itemId, Instrument instrument);
}
