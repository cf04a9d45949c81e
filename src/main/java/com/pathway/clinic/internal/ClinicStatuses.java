package com.pathway.clinic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.shared.ConflictException;
import com.pathway.workflow.PropertyRequirement;
import com.pathway.workflow.Resolution;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;
import com.pathway.workflow.WorkflowDefinitions;

/**
 * What the clinic's statuses, transitions and resolutions mean, read from the properties of the
 * published clinic workflow (see {@link ClinicWorkflowPlugin#requiredProperties()}), never from their
 * names: an administrator who renames "Screening" keeps who may see what. Every answer reads the
 * engine's cached published definition, so a newly published version counts at once.
 */
@Component
public class ClinicStatuses {

    public static final String CLINICAL = "clinical";
    public static final String STAGE = "stage";
    public static final String OVERDUE = "overdue";
    public static final String MERGE = "merge";
    public static final String CLOSE = "close";
    public static final String DUPLICATE = "duplicate";
    public static final String OUTCOME = "outcome";
    public static final String CONSULTATION_BOOKED = "consultation-booked";
    public static final String TREATMENT_STARTED = "treatment-started";

    private final WorkflowDefinitions workflows;

    public ClinicStatuses(WorkflowDefinitions workflows) {
        this.workflows = workflows;
    }

    /** The published clinic workflow. */
    public WorkflowDefinition definition() {
        return workflows.published(ClinicWorkflowPlugin.PROJECT);
    }

    /** The statuses in which clinicians see every lead ({@code clinical: true}), as the workflow spells them. */
    public Set<String> clinical() {
        return definition().statusesFlagged(CLINICAL);
    }

    /** Whether a lead in this status is in a clinical status (case ignored, as the engine matches statuses). */
    public boolean isClinical(String status) {
        return definition().status(status).map(s -> s.flag(CLINICAL)).orElse(false);
    }

    /**
     * Per open status with an {@code overdue} limit, the moment before which entering it makes a lead
     * overdue at {@code now}: a lead is overdue when it entered its status strictly before this cut-off.
     * Done statuses and statuses without a limit are never overdue.
     */
    public Map<String, Instant> overdueCutoffs(Instant now) {
        Map<String, Instant> cutoffs = new LinkedHashMap<>();
        for (Status s : definition().statuses()) {
            if (s.statusCategory() == StatusCategory.DONE) {
                continue;
            }
            limit(s).ifPresent(limit -> cutoffs.put(s.name(), now.minus(limit)));
        }
        return cutoffs;
    }

    /**
     * The overdue limit of a status (case ignored), if it is open and has a well-formed one: a done
     * status, such as Closed, is never overdue.
     */
    public Optional<Duration> overdueLimit(String status) {
        return overdueLimit(definition(), status);
    }

    /**
     * The overdue limit of a status (case ignored) in this definition: for callers that read many statuses
     * at once and so look the published definition up once.
     */
    public static Optional<Duration> overdueLimit(WorkflowDefinition definition, String status) {
        return definition.status(status).filter(s -> s.statusCategory() != StatusCategory.DONE)
                .flatMap(ClinicStatuses::limit);
    }

    /** A status's overdue limit, if it has a well-formed one. */
    static Optional<Duration> limit(Status status) {
        return status.property(OVERDUE).flatMap(PropertyRequirement::duration);
    }

    /** The status a new lead starts in, as the workflow spells it. */
    public String initial() {
        WorkflowDefinition d = definition();
        return d.status(d.initial()).map(Status::name).orElse(d.initial());
    }

    /** Every status name, in the workflow's order. */
    public List<String> statuses() {
        return definition().statuses().stream().map(Status::name).toList();
    }

    /** Each stage ({@code stage} property) with its statuses, stages in the order their first status comes. */
    public Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (Status s : definition().statuses()) {
            s.property(STAGE).filter(v -> !v.isBlank())
                    .ifPresent(stage -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(s.name()));
        }
        stages.replaceAll((stage, names) -> List.copyOf(names));
        return stages;
    }

    /**
     * The statuses of a stage (case ignored); a stage no status has yields one impossible name, so that
     * a filter by it finds nothing rather than everything.
     */
    public List<String> statusesOfStage(String stage) {
        List<String> statuses = stages().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(stage.strip()))
                .flatMap(e -> e.getValue().stream()).toList();
        return statuses.isEmpty() ? List.of("") : statuses;
    }

    /** Whether entering this status books the lead's consultation ({@code consultation-booked: true}). */
    public boolean booksConsultation(String status) {
        return definition().status(status).map(s -> s.flag(CONSULTATION_BOOKED)).orElse(false);
    }

    /** The transition merging runs to close a duplicate lead ({@code merge: true}). */
    public String mergeTransition() {
        return definition().transitions().stream().filter(t -> t.flag(MERGE)).map(Transition::name).findFirst()
                .orElseThrow(() -> new ConflictException("The published clinic workflow marks no transition with"
                        + " \"merge: true\"; an administrator must mark the one that closes a duplicate."));
    }

    /**
     * The transition that closes many selected leads at once ({@code close: true}); a workflow that marks
     * none closes them with its merge transition, which closes a lead with a resolution too.
     */
    public Transition closeTransition() {
        WorkflowDefinition d = definition();
        return d.transitions().stream().filter(t -> t.flag(CLOSE)).findFirst()
                .or(() -> d.transitions().stream().filter(t -> t.flag(MERGE)).findFirst())
                .orElseThrow(() -> new ConflictException("The published clinic workflow marks no transition with"
                        + " \"close: true\"; an administrator must mark the one that closes a lead."));
    }

    /**
     * The resolutions a lead may be closed with from the list: those the close transition's screen offers
     * (all of the workflow's when it lists none), without the duplicate one, which merging sets.
     */
    public List<String> closeResolutions() {
        WorkflowDefinition d = definition();
        String duplicate = d.resolutions().stream().filter(r -> r.flag(DUPLICATE)).map(Resolution::name)
                .findFirst().orElse(null);
        List<String> offered = closeTransition().screen().stream().filter(f -> "resolution".equals(f.name()))
                .flatMap(f -> f.options().stream()).toList();
        List<String> all = offered.isEmpty() ? d.resolutionNames() : offered;
        return all.stream().filter(r -> !r.equalsIgnoreCase(duplicate)).toList();
    }

    /** The resolution of a lead closed as a duplicate of another ({@code duplicate: true}). */
    public String duplicateResolution() {
        return definition().resolutions().stream().filter(r -> r.flag(DUPLICATE)).map(Resolution::name).findFirst()
                .orElseThrow(() -> new ConflictException("The published clinic workflow marks no resolution with"
                        + " \"duplicate: true\"; an administrator must mark the one that means a duplicate."));
    }
}
