package com.pathway.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.pathway.workflow.PropertyRequirement;
import com.pathway.workflow.PropertyRequirement.Presence;
import com.pathway.workflow.WorkflowDefinition;

/** Checks a definition against the properties its plugin requires; one problem per gap. */
final class PropertyCheck {

    /** One status, transition or resolution: where it is, and its properties. */
    private record Carrier(String where, String name, String label, Map<String, String> properties) {
    }

    private PropertyCheck() {
    }

    static void check(WorkflowDefinition d, List<PropertyRequirement> requirements,
            List<DefinitionChecker.Problem> problems) {
        for (PropertyRequirement r : requirements) {
            List<Carrier> carriers = carriers(d, r.target());
            List<String> carrying = new ArrayList<>();
            for (Carrier c : carriers) {
                String value = c.properties().get(r.name());
                String where = c.where() + ".properties." + r.name();
                if (value == null || value.isBlank()) {
                    if (r.presence() == Presence.EVERY) {
                        problems.add(new DefinitionChecker.Problem(where, c.label() + " needs the property \""
                                + r.name() + "\"" + expected(r) + why(r)));
                    }
                    continue;
                }
                Optional<String> malformed = malformed(r, value.strip());
                if (malformed.isPresent()) {
                    problems.add(new DefinitionChecker.Problem(where, c.label() + ": \"" + r.name() + ": " + value
                            + "\" " + malformed.get() + why(r)));
                } else if (r.kind() != PropertyRequirement.Kind.BOOLEAN || "true".equalsIgnoreCase(value.strip())) {
                    carrying.add(c.name());
                }
            }
            if (r.presence() == Presence.EXACTLY_ONE && carrying.size() != 1) {
                String what = plural(r.target());
                String where = what + ".properties." + r.name();
                problems.add(new DefinitionChecker.Problem(where, carrying.isEmpty()
                        ? "Exactly one of the " + what + " must carry \"" + r.name() + ": true\"; none does" + why(r)
                        : "Exactly one of the " + what + " may carry \"" + r.name() + ": true\"; "
                                + String.join(", ", carrying) + " do" + why(r)));
            }
        }
    }

    private static Optional<String> malformed(PropertyRequirement r, String value) {
        return switch (r.kind()) {
            case BOOLEAN -> "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? Optional.empty()
                    : Optional.of("is not true or false");
            case DURATION -> PropertyRequirement.duration(value).isPresent() ? Optional.empty()
                    : Optional.of("is not a positive duration such as 1d, 12h or 30m");
            case TEXT -> Optional.empty();
            case ONE_OF -> r.choices().stream().anyMatch(value::equalsIgnoreCase) ? Optional.empty()
                    : Optional.of("is not one of " + String.join(", ", r.choices()));
        };
    }

    private static String expected(PropertyRequirement r) {
        return switch (r.kind()) {
            case BOOLEAN -> " (true or false)";
            case DURATION -> " (a duration such as 1d or 12h)";
            case TEXT -> "";
            case ONE_OF -> " (one of " + String.join(", ", r.choices()) + ")";
        };
    }

    private static String why(PropertyRequirement r) {
        return r.description().isBlank() ? "." : ": " + r.description().strip().replaceAll("\\.$", "") + ".";
    }

    private static String plural(PropertyRequirement.Target target) {
        return target.name().toLowerCase(Locale.ROOT) + (target == PropertyRequirement.Target.STATUS ? "es" : "s");
    }

    private static List<Carrier> carriers(WorkflowDefinition d, PropertyRequirement.Target target) {
        return switch (target) {
            case STATUS -> d.statuses().stream().filter(s -> s.name() != null)
                    .map(s -> new Carrier("statuses[" + s.name() + "]", s.name(), "Status \"" + s.name() + "\"",
                            s.properties()))
                    .toList();
            case TRANSITION -> d.transitions().stream().filter(t -> t.name() != null)
                    .map(t -> new Carrier("transitions[" + t.name() + "]", t.name(), "Transition \"" + t.name() + "\"",
                            t.properties()))
                    .toList();
            case RESOLUTION -> d.resolutions().stream().filter(r -> r.name() != null)
                    .map(r -> new Carrier("resolutions[" + r.name() + "]", r.name(), "Resolution \"" + r.name() + "\"",
                            r.properties()))
                    .toList();
        };
    }

}
