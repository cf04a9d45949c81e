package com.pathway.workflow.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.workflow.Resolution;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/**
 * The definition an administrator is editing, as mutable rows. It keeps whatever is typed, sound or
 * not: the engine's checker judges it, not this class. Renaming a status renames it wherever the
 * definition refers to it.
 */
final class DefinitionDraft {

    static final class StatusRow {
        String name;
        String category;
        /** Kept through renames and category changes: the plugin's meaning of the status. */
        Map<String, String> properties = new LinkedHashMap<>();

        StatusRow(String name, String category) {
            this.name = name;
            this.category = category;
        }

        StatusRow(String name, String category, Map<String, String> properties) {
            this(name, category);
            this.properties = new LinkedHashMap<>(properties);
        }
    }

    static final class TransitionRow {
        String id;
        String name;
        List<String> from = new ArrayList<>();
        String to;
        List<RuleRef> conditions = new ArrayList<>();
        List<RuleRef> validators = new ArrayList<>();
        List<RuleRef> postFunctions = new ArrayList<>();
        List<ScreenField> screen = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();

        boolean fromAny() {
            return from.stream().anyMatch(WorkflowDefinition.ANY::equalsIgnoreCase);
        }

        Transition toTransition() {
            return new Transition(id, name, from, to, conditions, validators, postFunctions, screen, properties);
        }

        static TransitionRow of(Transition t) {
            TransitionRow row = new TransitionRow();
            // An id equal to the name's slug is derived again on save, so renaming keeps them in step.
            row.id = t.id() != null && t.id().equals(new Transition(null, t.name(), null, null, null, null, null,
                    null).id()) ? null : t.id();
            row.name = t.name();
            row.from = new ArrayList<>(t.from());
            row.to = t.to();
            row.conditions = new ArrayList<>(t.conditions());
            row.validators = new ArrayList<>(t.validators());
            row.postFunctions = new ArrayList<>(t.postFunctions());
            row.screen = new ArrayList<>(t.screen());
            row.properties = new LinkedHashMap<>(t.properties());
            return row;
        }
    }

    String name;
    String initial;
    final List<StatusRow> statuses = new ArrayList<>();
    final List<Resolution> resolutions = new ArrayList<>();
    final List<TransitionRow> transitions = new ArrayList<>();

    static DefinitionDraft of(WorkflowDefinition d) {
        DefinitionDraft draft = new DefinitionDraft();
        draft.name = d.name();
        draft.initial = d.initial();
        d.statuses().forEach(s -> draft.statuses.add(new StatusRow(s.name(), s.category(), s.properties())));
        draft.resolutions.addAll(d.resolutions());
        d.transitions().forEach(t -> draft.transitions.add(TransitionRow.of(t)));
        return draft;
    }

    WorkflowDefinition toDefinition() {
        return new WorkflowDefinition(name, initial,
                statuses.stream().map(s -> new WorkflowDefinition.Status(s.name, s.category, s.properties)).toList(),
                resolutions, transitions.stream().map(TransitionRow::toTransition).toList());
    }

    List<String> resolutionNames() {
        return resolutions.stream().map(Resolution::name).toList();
    }

    /**
     * Sets the resolutions' names, keeping each one's properties: a name kept keeps its own, and a
     * name typed in place of one that is gone (a rename) takes over the old one's.
     */
    void renameResolutions(List<String> names) {
        List<Resolution> old = List.copyOf(resolutions);
        resolutions.clear();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Resolution same = old.stream().filter(r -> name.equalsIgnoreCase(r.name())).findFirst().orElse(null);
            Resolution atSamePlace = i < old.size() ? old.get(i) : null;
            Resolution replaced = same == null && atSamePlace != null
                    && names.stream().noneMatch(n -> n.equalsIgnoreCase(atSamePlace.name())) ? atSamePlace : null;
            Resolution source = same != null ? same : replaced;
            resolutions.add(new Resolution(name, source == null ? null : source.properties()));
        }
    }

    /** Sets one resolution's properties. */
    void resolutionProperties(String name, Map<String, String> properties) {
        resolutions.replaceAll(r -> r.name().equalsIgnoreCase(name) ? new Resolution(r.name(), properties) : r);
    }

    List<String> statusNames() {
        return statuses.stream().map(s -> s.name).filter(n -> n != null && !n.isBlank()).toList();
    }

    /** Renames a status and every reference to it: the initial status and the transitions' ends. */
    void renameStatus(StatusRow status, String newName) {
        String old = status.name;
        status.name = newName;
        if (old == null || old.isBlank()) {
            return;
        }
        if (old.equalsIgnoreCase(initial)) {
            initial = newName;
        }
        for (TransitionRow t : transitions) {
            t.from.replaceAll(f -> f.equalsIgnoreCase(old) ? newName : f);
            if (old.equalsIgnoreCase(t.to)) {
                t.to = newName;
            }
        }
    }

    /** Reads rule parameters written one per line as {@code key=value}; {@code [a, b]} is a list. */
    static Map<String, Object> parseParams(String text) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (text == null) {
            return params;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                String inner = value.substring(1, value.length() - 1);
                params.put(key, inner.isBlank() ? List.of()
                        : java.util.Arrays.stream(inner.split(",")).map(String::strip).toList());
            } else if (value.equals("true") || value.equals("false")) {
                params.put(key, Boolean.valueOf(value));
            } else {
                params.put(key, value);
            }
        }
        return params;
    }

    /** Reads properties written one per line as {@code key=value}; a line without a value is left out. */
    static Map<String, String> parseProperties(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.substring(eq + 1).isBlank()) {
                    properties.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return properties;
    }

    static String formatProperties(Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(text.isEmpty() ? "" : "\n").append(key).append('=')
                .append(value));
        return text.toString();
    }

    static String formatParams(Map<String, Object> params) {
        StringBuilder text = new StringBuilder();
        params.forEach((key, value) -> {
            String shown = value instanceof List<?> list
                    ? "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]"
                    : String.valueOf(value);
            text.append(text.isEmpty() ? "" : "\n").append(key).append('=').append(shown);
        });
        return text.toString();
    }
}
