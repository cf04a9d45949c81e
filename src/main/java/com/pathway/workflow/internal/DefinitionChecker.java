package com.pathway.workflow.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

/**
 * Decides whether a definition is sound before it is stored or used, and lists every problem it
 * finds, each with where it is ({@code statuses[Review]}, {@code transitions[Start].to}, ...).
 */
@Component
public class DefinitionChecker {

    /** One problem: where in the definition, and what is wrong. */
    public record Problem(String location, String message) {
    }

    private final RuleRegistry rules;
    private final RequiredProperties required;

    @Autowired
    public DefinitionChecker(RuleRegistry rules, RequiredProperties required) {
        this.rules = rules;
        this.required = required;
    }

    /** A checker for workflows no plugin asks properties of. */
    public DefinitionChecker(RuleRegistry rules) {
        this(rules, RequiredProperties.NONE);
    }

    /** Throws {@link InvalidInputException} listing every problem, keyed by location. */
    public void requireSound(WorkflowDefinition definition) {
        List<Problem> problems = check(definition);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem p : problems) {
                String key = p.location();
                for (int n = 2; errors.containsKey(key); n++) {
                    key = p.location() + "#" + n;
                }
                errors.put(key, p.message());
            }
            throw new InvalidInputException(errors);
        }
    }

    public List<Problem> check(WorkflowDefinition d) {
        List<Problem> problems = new ArrayList<>();
        if (blank(d.name())) {
            problems.add(new Problem("name", "The workflow needs a name."));
        } else if (d.name().length() > 64) {
            problems.add(new Problem("name", "The workflow's name is longer than 64 characters."));
        }
        Set<String> statuses = checkStatuses(d, problems);
        checkInitial(d, statuses, problems);
        duplicates(d.resolutionNames(), Function.identity(), "resolutions", "resolution", problems);
        checkTransitions(d, statuses, problems);
        checkFlow(d, statuses, problems);
        if (!blank(d.name())) {
            PropertyCheck.check(d, required.of(d.name().strip()), problems);
        }
        return problems;
    }

    private Set<String> checkStatuses(WorkflowDefinition d, List<Problem> problems) {
        if (d.statuses().isEmpty()) {
            problems.add(new Problem("statuses", "The workflow has no statuses."));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < d.statuses().size(); i++) {
            Status s = d.statuses().get(i);
            if (blank(s.name())) {
                problems.add(new Problem("statuses[" + i + "]", "Status " + (i + 1) + " has no name."));
                continue;
            }
            String where = "statuses[" + s.name() + "]";
            if (!names.add(norm(s.name()))) {
                problems.add(new Problem(where, "The status name \"" + s.name() + "\" is used more than once."));
            }
            if (s.name().equalsIgnoreCase(WorkflowDefinition.ANY)) {
                problems.add(new Problem(where, "\"any\" is reserved for transitions from every status."));
            }
            if (s.name().length() > 64) {
                problems.add(new Problem(where, "The status name is longer than 64 characters."));
            }
            if (category(s).isEmpty()) {
                problems.add(new Problem(where + ".category", "Status \"" + s.name()
                        + "\" needs a category: TODO, IN_PROGRESS or DONE."));
            }
        }
        return names;
    }

    private static void checkInitial(WorkflowDefinition d, Set<String> statuses, List<Problem> problems) {
        if (blank(d.initial())) {
            problems.add(new Problem("initial", "The workflow has no initial status."));
        } else if (!statuses.contains(norm(d.initial()))) {
            problems.add(new Problem("initial", "The initial status \"" + d.initial() + "\" is not one of the statuses."));
        }
    }

    private void checkTransitions(WorkflowDefinition d, Set<String> statuses, List<Problem> problems) {
        duplicates(d.transitions(), Transition::name, "transitions", "transition name", problems);
        duplicates(d.transitions(), Transition::id, "transitions", "transition id", problems);
        for (int i = 0; i < d.transitions().size(); i++) {
            Transition t = d.transitions().get(i);
            String where = "transitions[" + (blank(t.name()) ? String.valueOf(i) : t.name()) + "]";
            if (blank(t.name())) {
                problems.add(new Problem(where, "Transition " + (i + 1) + " has no name."));
            } else if (t.name().length() > 64) {
                problems.add(new Problem(where, "The transition name is longer than 64 characters."));
            }
            if (t.from().isEmpty()) {
                problems.add(new Problem(where + ".from", "The transition leaves no status: give \"from\" a status or any."));
            }
            for (String from : t.from()) {
                if (!from.equalsIgnoreCase(WorkflowDefinition.ANY) && !statuses.contains(norm(from))) {
                    problems.add(new Problem(where + ".from", "The transition leaves the unknown status \"" + from + "\"."));
                }
            }
            if (blank(t.to())) {
                problems.add(new Problem(where + ".to", "The transition has no target status."));
            } else if (!statuses.contains(norm(t.to()))) {
                problems.add(new Problem(where + ".to", "The transition goes to the unknown status \"" + t.to() + "\"."));
            }
            checkRules(t.conditions(), where + ".conditions", "condition", id -> rules.condition(id)
                    .map(c -> c.checkParams(ruleRef(t.conditions(), id))), problems);
            checkRules(t.validators(), where + ".validators", "validator", id -> rules.validator(id)
                    .map(c -> c.checkParams(ruleRef(t.validators(), id))), problems);
            checkRules(t.postFunctions(), where + ".postFunctions", "post-function", id -> rules.postFunction(id)
                    .map(c -> c.checkParams(ruleRef(t.postFunctions(), id))), problems);
            checkResolutions(d, t, where, problems);
            checkScreen(t, where, problems);
        }
    }

    private static RuleRef ruleRef(List<RuleRef> refs, String id) {
        return refs.stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
    }

    private static void checkRules(List<RuleRef> refs, String where, String kind,
            Function<String, Optional<List<String>>> paramProblems, List<Problem> problems) {
        for (RuleRef ref : refs) {
            if (blank(ref.id())) {
                problems.add(new Problem(where, "A " + kind + " has no id."));
                continue;
            }
            Optional<List<String>> found = paramProblems.apply(ref.id());
            if (found.isEmpty()) {
                problems.add(new Problem(where + "[" + ref.id() + "]", "Unknown " + kind + " \"" + ref.id()
                        + "\": no plugin registers it."));
            } else {
                found.get().forEach(m -> problems.add(new Problem(where + "[" + ref.id() + "]", m)));
            }
        }
    }

    private static void checkResolutions(WorkflowDefinition d, Transition t, String where, List<Problem> problems) {
        for (RuleRef ref : t.postFunctions()) {
            if ("set-resolution".equals(ref.id())) {
                String resolution = ref.param("resolution");
                if (resolution != null && d.resolutionNames().stream().noneMatch(resolution::equals)) {
                    problems.add(new Problem(where + ".postFunctions[set-resolution]",
                            "\"" + resolution + "\" is not one of the workflow's resolutions."));
                }
                boolean toDone = d.status(t.to()).flatMap(DefinitionChecker::category)
                        .map(StatusCategory.DONE::equals).orElse(true);
                if (!toDone) {
                    problems.add(new Problem(where + ".postFunctions[set-resolution]",
                            "A resolution can only be set by a transition to a Done status."));
                }
            }
        }
    }

    private static void checkScreen(Transition t, String where, List<Problem> problems) {
        duplicates(t.screen(), ScreenField::name, where + ".screen", "screen field", problems);
        for (ScreenField field : t.screen()) {
            if (blank(field.name())) {
                problems.add(new Problem(where + ".screen", "A screen field has no name."));
            } else if (!ScreenField.TYPES.contains(field.type())) {
                problems.add(new Problem(where + ".screen[" + field.name() + "]", "Unknown field type \""
                        + field.type() + "\"; use one of " + String.join(", ", ScreenField.TYPES) + "."));
            } else if (field.type().equals("CHOICE") && field.options().isEmpty()) {
                problems.add(new Problem(where + ".screen[" + field.name() + "]", "A CHOICE field needs options."));
            } else if (field.type().equals("USER") && ScreenCheck.roles(field).size() != field.options().size()) {
                problems.add(new Problem(where + ".screen[" + field.name() + "]", "A USER field's options are role"
                        + " names (" + java.util.Arrays.stream(com.pathway.security.Role.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", ")) + "): the roles a picked user must hold."));
            }
        }
    }

    /** Unreachable statuses, and statuses that are not Done yet have no way out. */
    private static void checkFlow(WorkflowDefinition d, Set<String> statuses, List<Problem> problems) {
        if (blank(d.initial()) || !statuses.contains(norm(d.initial()))) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(norm(d.initial())));
        while (!queue.isEmpty()) {
            String status = queue.poll();
            if (reached.add(status)) {
                for (Transition t : d.transitions()) {
                    if (!blank(t.to()) && statuses.contains(norm(t.to())) && t.leaves(status)) {
                        queue.add(norm(t.to()));
                    }
                }
            }
        }
        for (Status s : d.statuses()) {
            if (blank(s.name())) {
                continue;
            }
            String where = "statuses[" + s.name() + "]";
            if (!reached.contains(norm(s.name()))) {
                problems.add(new Problem(where, "Status \"" + s.name() + "\" cannot be reached from the initial status."));
            }
            boolean done = category(s).map(StatusCategory.DONE::equals).orElse(false);
            boolean wayOut = d.transitions().stream()
                    .anyMatch(t -> t.leaves(s.name()) && !blank(t.to()) && !t.to().equalsIgnoreCase(s.name()));
            if (!done && !wayOut) {
                problems.add(new Problem(where, "Status \"" + s.name()
                        + "\" is not a Done status but no transition leaves it."));
            }
        }
    }

    private static <T> void duplicates(List<T> values, Function<T, String> name, String where, String what,
            List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (T value : values) {
            String n = name.apply(value);
            if (!blank(n) && !seen.add(norm(n)) && reported.add(norm(n))) {
                problems.add(new Problem(where + "[" + n + "]", "The " + what + " \"" + n + "\" is used more than once."));
            }
        }
    }

    static Optional<StatusCategory> category(Status s) {
        if (blank(s.category())) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.statusCategory());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
