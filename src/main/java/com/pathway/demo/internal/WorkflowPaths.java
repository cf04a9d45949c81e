package com.pathway.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.pathway.security.Role;
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
            Optional<Transition> close, Optional<Transition> reopen) {
    }

    public WorkflowPaths(WorkflowDefinition definition) {
        this.definition = definition;
        this.initial = definition.status(definition.initial())
                .orElseThrow(() -> new IllegalArgumentException("The workflow's initial status is not one of its statuses"))
                .name();
        for (WorkflowDefinition.Status status : definition.statuses()) {
            String name = status.name();
            moves.put(name, new Moves(name, status.statusCategory(), findForward(name), findClose(name),
                    findReopen(name)));
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

    /** A resolution the workflow knows: the wanted one, or else its first. */
    String resolution(String wanted) {
        return definition.resolutions().stream().filter(r -> r.equalsIgnoreCase(wanted)).findFirst()
                .orElse(definition.resolutions().isEmpty() ? null : definition.resolutions().getFirst());
    }

    /** Whether only a clinician may give this resolution (the clinic's "Not eligible" rule). */
    static boolean needsClinician(String resolution) {
        return "Not eligible".equalsIgnoreCase(resolution);
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
