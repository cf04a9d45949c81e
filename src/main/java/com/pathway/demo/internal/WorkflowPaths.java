package com.pathway.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.pathway.security.Role;
import com.pathway.workflow.Resolution;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/**
 * The moves a journey can make, read from a workflow definition rather than written down here: from
 * each open status the way forward (the transition to another open status that is not the initial
 * one), the way out (to a Done status) and, from a Done status, the way back (Reopen). Actors are
 * taken from each transition's {@code role} condition, so generated history only holds moves the
 * engine would allow.
 */
public final class WorkflowPaths {

    /** Who acts for each role in generated history: the demo users of the same roles. */
    static final Map<String, String> ACTOR_BY_ROLE = Map.of(Role.Names.INTAKE_COORDINATOR, "intake",
            Role.Names.CLINICIAN, "clinician", Role.Names.MANAGER, "manager", Role.Names.ADMIN, "admin");
    static final String CLINICIAN = Role.Names.CLINICIAN;

    private final WorkflowDefinition definition;
    private final String initial;
    /** Looked up once per status: a million journeys ask these questions tens of millions of times. */
    private final Map<String, Moves> moves = new HashMap<>();
    private final Map<Transition, List<String>> roles = new java.util.IdentityHashMap<>();

    private record Moves(String name, StatusCategory category, Optional<Transition> forward,
            Optional<Transition> close, Optional<Transition> reopen, String stage, boolean clinical,
            StageProfile profile) {
    }

    /** Properties of the clinic workflow the generator reads (see the clinic's ClinicStatuses). */
    static final String STAGE = "stage";
    static final String CLINICAL = "clinical";
    static final String DUPLICATE = "duplicate";
    static final String OUTCOME = "outcome";
    /** The validator whose params name the resolutions only some roles may give. */
    static final String RESOLUTION_BY_ROLE = "clinic-not-eligible-by-clinician";

    /** Resolution (lower case) to the roles that alone may give it. */
    private final Map<String, List<String>> resolutionRoles = new HashMap<>();

    public WorkflowPaths(WorkflowDefinition definition) {
        this.definition = definition;
        this.initial = definition.status(definition.initial())
                .orElseThrow(() -> new IllegalArgumentException("The workflow's initial status is not one of its statuses"))
                .name();
        Map<String, Integer> seenInStage = new HashMap<>();
        for (WorkflowDefinition.Status status : definition.statuses()) {
            String name = status.name();
            String stage = status.property(STAGE).orElse(null);
            int index = stage == null ? 0 : seenInStage.merge(stage, 1, Integer::sum) - 1;
            moves.put(name, new Moves(name, status.statusCategory(), findForward(name), findClose(name),
                    findReopen(name), stage, status.flag(CLINICAL), StageProfiles.of(stage, index)));
        }
        for (Transition t : definition.transitions()) {
            for (var rule : t.validators()) {
                if (RESOLUTION_BY_ROLE.equals(rule.id())) {
                    rule.paramList("resolutions").forEach(r -> resolutionRoles.put(r.toLowerCase(java.util.Locale.ROOT),
                            rule.paramList("roles")));
                }
            }
        }
        for (Transition t : definition.transitions()) {
            roles.put(t, t.conditions().stream().filter(c -> "role".equals(c.id()))
                    .flatMap(c -> c.paramList("roles").stream()).filter(ACTOR_BY_ROLE::containsKey).toList());
        }
    }

    private Moves moves(String status) {
        Moves m = moves.get(status);
        if (m == null) {
            m = moves.get(definition.status(status).orElseThrow(
                    () -> new IllegalArgumentException("The workflow has no status " + status)).name());
        }
        return m;
    }

    public WorkflowDefinition definition() {
        return definition;
    }

    public String initial() {
        return initial;
    }

    /** The status as the definition spells it. */
    String name(String status) {
        return moves(status).name();
    }

    StatusCategory category(String status) {
        return moves(status).category();
    }

    /** The status's {@code stage} property, or {@code null}. */
    String stage(String status) {
        return moves(status).stage();
    }

    /** Whether clinicians see leads in this status ({@code clinical: true}). */
    boolean clinical(String status) {
        return moves(status).clinical();
    }

    StageProfile profile(String status) {
        return moves(status).profile();
    }

    Optional<Transition> forward(String status) {
        return moves(status).forward();
    }

    Optional<Transition> close(String status) {
        return moves(status).close();
    }

    Optional<Transition> reopen(String status) {
        return moves(status).reopen();
    }

    private Optional<Transition> findForward(String status) {
        return leaving(status).stream()
                .filter(t -> definition.categoryOf(t.to()) != StatusCategory.DONE && !t.to().equalsIgnoreCase(initial))
                .filter(t -> !t.to().equalsIgnoreCase(status))
                .findFirst();
    }

    private Optional<Transition> findClose(String status) {
        return leaving(status).stream().filter(t -> definition.categoryOf(t.to()) == StatusCategory.DONE).findFirst();
    }

    private Optional<Transition> findReopen(String status) {
        return leaving(status).stream().filter(t -> definition.categoryOf(t.to()) != StatusCategory.DONE).findFirst();
    }

    /** A resolution with the wanted {@code outcome} property, or else the workflow's first. */
    String resolution(String outcome) {
        return definition.resolutions().stream().filter(r -> r.property(OUTCOME).filter(outcome::equalsIgnoreCase)
                .isPresent()).findFirst().map(Resolution::name)
                .orElse(definition.resolutions().isEmpty() ? null : definition.resolutions().getFirst().name());
    }

    /** The resolution of a lead closed as a duplicate ({@code duplicate: true}), else the workflow's first. */
    String duplicateResolution() {
        return definition.resolutions().stream().filter(r -> r.flag(DUPLICATE)).findFirst().map(Resolution::name)
                .orElse(definition.resolutions().isEmpty() ? null : definition.resolutions().getFirst().name());
    }

    /**
     * Whether only a clinician may give this resolution: the clinic's rule, with its resolutions and
     * roles as the workflow's {@value #RESOLUTION_BY_ROLE} validator names them.
     */
    boolean needsClinician(String resolution) {
        return resolution != null && resolutionRoles.getOrDefault(resolution.toLowerCase(java.util.Locale.ROOT),
                List.of()).contains(CLINICIAN);
    }

    /** A user who may run the transition: one of the roles its {@code role} condition names. */
    String actor(Transition t, String resolution, SplittableRandom random) {
        List<String> roles = this.roles.getOrDefault(t, List.of());
        if (needsClinician(resolution) && (roles.isEmpty() || roles.contains(CLINICIAN))) {
            return ACTOR_BY_ROLE.get(CLINICIAN);
        }
        if (roles.isEmpty()) {
            return ACTOR_BY_ROLE.get(Role.Names.MANAGER);
        }
        // Coordinators do most of the intake work; the first role named is the usual one.
        String role = roles.size() > 1 && random.nextInt(4) == 0 ? roles.get(1 + random.nextInt(roles.size() - 1))
                : roles.getFirst();
        return ACTOR_BY_ROLE.get(role);
    }

    private List<Transition> leaving(String status) {
        return definition.transitions().stream().filter(t -> !t.fromAny() && t.leaves(status)).toList();
    }
}
