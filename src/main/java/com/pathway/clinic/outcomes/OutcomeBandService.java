package com.pathway.clinic.outcomes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.outcomes.internal.OutcomeBand;
import com.pathway.clinic.outcomes.internal.OutcomeBandRepository;
import com.pathway.security.Access;
import com.pathway.shared.InvalidInputException;

/**
 * The clinic's severity bands per instrument, as administrators keep them (shipped with the standard PHQ-9
 * and GAD-7 bands; PCL-5 has none until the clinic adds its own). A change applies to measures recorded
 * after it; recorded ones keep the band they were given.
 */
@Service
@Transactional
public class OutcomeBandService {

    private final OutcomeBandRepository bands;
    private final AuditService audit;

    public OutcomeBandService(OutcomeBandRepository bands, AuditService audit) {
        this.bands = bands;
        this.audit = audit;
    }

    @PreAuthorize(Access.ADMIN)
    public Map<Instrument, List<Band>> all() {
        Map<Instrument, List<Band>> all = new EnumMap<>(Instrument.class);
        for (Instrument i : Instrument.values()) {
            all.put(i, bands.findByInstrumentOrderByMinScoreAsc(i).stream().map(OutcomeBand::view).toList());
        }
        return all;
    }

    /** Replaces the instrument's bands, lowest first; refused as a whole with every problem named. */
    @PreAuthorize(Access.ADMIN)
    public List<Band> replace(Instrument instrument, List<Band> newBands) {
        if (instrument == null) {
            throw InvalidInputException.of("instrument", "Choose the questionnaire.");
        }
        List<Band> given = newBands == null ? List.of() : newBands;
        List<String> problems = Scoring.problems(instrument, given);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("bands", String.join(" ", problems));
        }
        bands.deleteByInstrument(instrument);
        bands.saveAllAndFlush(given.stream().map(b -> new OutcomeBand(instrument, b.minScore(), b.label().strip())).toList());
        audit.record(AuditRecord.success("OUTCOME_BANDS_CHANGED", "OUTCOME_BANDS", instrument.name()));
        return given;
    }
}
