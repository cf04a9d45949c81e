package com.pathway.clinic.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.outcomes.internal.OutcomeBand;
import com.pathway.clinic.outcomes.internal.OutcomeBandRepository;
import com.pathway.clinic.outcomes.internal.OutcomeMeasure;
import com.pathway.clinic.outcomes.internal.OutcomeMeasureRepository;
import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.security.CurrentUser;
import com.pathway.shared.InvalidInputException;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;

/**
 * A lead's outcome measures, for clinicians only: recorded with every item, scored ({@link Scoring}) and
 * banded with the clinic's bands, and read back per instrument with the trend. Every read and write is
 * audited without scores. A PHQ-9 item 9 answer above 0 flags the lead: its clinician (or, with none
 * assigned, whoever recorded it) is notified and gets a clinical review task due now, neither with any
 * clinical text or advice.
 */
@Service
@Transactional
public class OutcomeService {

    static final String VIEWED = "OUTCOME_MEASURES_VIEWED";
    static final String RECORDED = "OUTCOME_MEASURE_RECORDED";
    /** The flag's task title: what to do, not what was answered. */
    public static final String REVIEW_TASK = "Clinician review requested";

    private final OutcomeMeasureRepository measures;
    private final OutcomeBandRepository bands;
    private final LeadRepository leads;
    private final LeadAudience audience;
    private final NotificationService notifications;
    private final TaskService tasks;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public OutcomeService(OutcomeMeasureRepository measures, OutcomeBandRepository bands, LeadRepository leads,
            LeadAudience audience, NotificationService notifications, TaskService tasks, AuditService audit,
            CurrentUser currentUser, Clock clock) {
        this.measures = measures;
        this.bands = bands;
        this.leads = leads;
        this.audience = audience;
        this.notifications = notifications;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The lead's measures per instrument, newest first, with the change since the first and a sparkline. */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public OutcomeRecord history(String key) {
        LeadRef ref = audience.open(key);
        List<MeasureHistory> histories = new ArrayList<>();
        List<MeasureView> flagged = new ArrayList<>();
        int shown = 0;
        for (Instrument instrument : Instrument.values()) {
            List<MeasureView> list = measures.findByItemIdAndInstrumentOrderByRecordedAtDescIdDesc(ref.itemId(),
                    instrument).stream().map(OutcomeMeasure::view).toList();
            shown += list.size();
            list.stream().filter(MeasureView::flagged).findFirst().ifPresent(flagged::add);
            List<Integer> oldestFirst = list.reversed().stream().map(MeasureView::total).toList();
            Integer change = list.size() < 2 ? null : list.getFirst().total() - list.getLast().total();
            histories.add(new MeasureHistory(instrument, list, change, Trend.sparkline(oldestFirst, instrument.maxTotal())));
        }
        audit.record(new AuditRecord(VIEWED, null, "LEAD", ref.key(), AuditOutcome.SUCCESS, null,
                Map.of("measures", shown)));
        MeasureView latestFlag = flagged.stream().max(Comparator.comparing(MeasureView::recordedAt)).orElse(null);
        return new OutcomeRecord(ref.key(), histories, latestFlag);
    }

    /**
     * The latest score per questionnaire of each of these leads, with its change since the baseline, for a list
     * the caller was just shown under the lead read rule (My patients), which audits what it lists. Leads
     * without measures are left out.
     */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    @Transactional(readOnly = true)
    public Map<String, List<LatestScore>> latest(Collection<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<Instrument, List<MeasureView>>> byLead = new LinkedHashMap<>();
        for (OutcomeMeasure row : measures.findByItemKeyInOrderByRecordedAtAscIdAsc(keys)) {
            MeasureView m = row.view();
            byLead.computeIfAbsent(m.leadKey(), k -> new EnumMap<>(Instrument.class))
                    .computeIfAbsent(m.instrument(), i -> new ArrayList<>()).add(m);
        }
        Map<String, List<LatestScore>> result = new LinkedHashMap<>();
        byLead.forEach((key, perInstrument) -> result.put(key, perInstrument.values().stream().map(list -> {
            MeasureView first = list.getFirst();
            MeasureView last = list.getLast();
            return new LatestScore(last.instrument(), last.total(),
                    list.size() < 2 ? null : last.total() - first.total(), last.recordedAt());
        }).toList()));
        return result;
    }

    /** Records a questionnaire with every item answered; a missing or impossible answer refuses it as a whole. */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public MeasureView record(String key, NewMeasure measure) {
        LeadRef ref = audience.openForChange(key);
        Instrument instrument = Instrument.find(measure == null ? null : measure.instrument()).orElseThrow(
                () -> InvalidInputException.of("instrument", "Choose the questionnaire: PHQ9, GAD7 or PCL5."));
        Scoring.Score score = Scoring.score(instrument, measure.answers(), bands(instrument));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OutcomeMeasure saved = measures.saveAndFlush(new OutcomeMeasure(ref.itemId(), ref.key(), score, me(),
                currentUser.displayName(), now));
        audit.record(new AuditRecord(RECORDED, null, "LEAD", ref.key(), AuditOutcome.SUCCESS, null,
                Map.of("measure", saved.getId(), "instrument", instrument.name())));
        if (score.flagged()) {
            flag(ref, now);
        }
        return saved.view();
    }

    /** The clinic's bands for the instrument, lowest first (empty: it is not banded). */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public List<Band> bands(Instrument instrument) {
        return bands.findByInstrumentOrderByMinScoreAsc(instrument).stream().map(OutcomeBand::view).toList();
    }

    private void flag(LeadRef ref, Instant now) {
        String clinician = leads.findById(ref.itemId()).map(Lead::getClinician).filter(c -> !c.isBlank()).orElse(me());
        tasks.create(ref.key(), new NewTask(REVIEW_TASK, TaskType.REVIEW, now, clinician));
        notifications.send(new NewNotification(clinician, "flag", currentUser.displayName()
                + " asked for your review on " + ref.key(), "leads/" + ref.key(), me()));
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
