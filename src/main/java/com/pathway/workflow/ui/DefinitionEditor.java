package com.pathway.workflow.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.pathway.workflow.RegisteredRule;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Edits a {@link DefinitionDraft}: the workflow's name, its statuses (add, rename, recategorise,
 * remove), the initial status, the resolutions and the transitions. Calls {@code onChange} after
 * every change so the view can redraw the diagram.
 */
class DefinitionEditor extends VerticalLayout {

    private final List<RegisteredRule> rules;
    private final List<String> fields;
    private final Runnable onChange;
    private final TextField name = new TextField("Workflow name");
    private final Select<String> initial = new Select<>();
    private final TextField resolutions = new TextField("Resolutions");
    private final com.vaadin.flow.component.textfield.TextArea resolutionProperties =
            new com.vaadin.flow.component.textfield.TextArea("Resolution properties");
    private final VerticalLayout statuses = new VerticalLayout();
    private final Grid<DefinitionDraft.TransitionRow> transitions = new Grid<>();
    /** Beside the transition list: the one transition being added or edited, if any. */
    private final Div side = new Div();
    private DefinitionDraft draft;

    DefinitionEditor(List<RegisteredRule> rules, List<String> fields, Runnable onChange) {
        this.rules = rules;
        this.fields = fields;
        this.onChange = onChange;
        setPadding(false);
        setId("definition-editor");

        name.setId("workflow-name");
        name.addValueChangeListener(e -> {
            if (draft != null) {
                draft.name = e.getValue();
                onChange.run();
            }
        });
        initial.setId("initial-status");
        initial.setLabel("Initial status");
        initial.addValueChangeListener(e -> {
            if (draft != null) {
                draft.initial = e.getValue();
                onChange.run();
            }
        });
        resolutions.setId("resolutions");
        resolutions.setHelperText("Comma separated");
        resolutions.setWidth("28rem");
        resolutions.addValueChangeListener(e -> {
            if (draft != null) {
                draft.renameResolutions(Arrays.stream(e.getValue().split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                resolutionProperties.setValue(formatResolutionProperties(draft));
                onChange.run();
            }
        });
        resolutionProperties.setId("resolution-properties");
        resolutionProperties.setHelperText("One per line: Resolution: key=value, key=value");
        resolutionProperties.setWidth("28rem");
        resolutionProperties.addValueChangeListener(e -> {
            if (draft != null) {
                applyResolutionProperties(draft, e.getValue());
                onChange.run();
            }
        });
        HorizontalLayout top = new HorizontalLayout(name, initial, resolutions, resolutionProperties);
        top.setWrap(true);

        Button addStatus = new Button("Add status", VaadinIcon.PLUS.create(), e -> addStatus());
        addStatus.setId("add-status");
        addStatus.addThemeVariants(ButtonVariant.LUMO_SMALL);
        statuses.setPadding(false);
        statuses.setSpacing(false);
        statuses.setId("statuses");

        Button addTransition = new Button("Add transition", VaadinIcon.PLUS.create(),
                e -> editTransition(new DefinitionDraft.TransitionRow()));
        addTransition.setId("add-transition");
        addTransition.addThemeVariants(ButtonVariant.LUMO_SMALL);
        configureTransitions();

        side.setId("transition-side");
        // Side by side in the space the page has: the list narrows (its cells wrap), the panel scrolls down.
        side.getStyle().set("flex", "1 1 55%").set("min-width", "0").set("max-height", "80vh")
                .set("overflow-y", "auto").set("overflow-x", "hidden")
                .set("border-left", "1px solid var(--lumo-contrast-20pct)");
        transitions.getStyle().set("min-width", "0").set("flex-basis", "45%");
        side.setVisible(false);
        HorizontalLayout transitionArea = new HorizontalLayout(transitions, side);
        transitionArea.setWidthFull();
        transitionArea.setFlexGrow(1, transitions);
        transitionArea.setAlignItems(FlexComponent.Alignment.START);
        add(top, header("Statuses", addStatus), statuses, header("Transitions", addTransition), transitionArea);
    }

    void edit(DefinitionDraft draft) {
        this.draft = draft;
        closeTransition();
        name.setValue(draft.name == null ? "" : draft.name);
        resolutions.setValue(String.join(", ", draft.resolutionNames()));
        resolutionProperties.setValue(formatResolutionProperties(draft));
        refreshStatuses();
        refreshReferences();
    }

    DefinitionDraft draft() {
        return draft;
    }

    private static HorizontalLayout header(String title, Component action) {
        HorizontalLayout header = new HorizontalLayout(new H4(title), action);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return header;
    }

    private void addStatus() {
        int n = draft.statuses.size() + 1;
        while (draft.statusNames().contains("Status " + n)) {
            n++;
        }
        draft.statuses.add(new DefinitionDraft.StatusRow("Status " + n, StatusCategory.TODO.name()));
        refreshStatuses();
        changed();
    }

    private void refreshStatuses() {
        statuses.removeAll();
        for (DefinitionDraft.StatusRow status : draft.statuses) {
            statuses.add(statusRow(status));
        }
    }

    private Component statusRow(DefinitionDraft.StatusRow status) {
        TextField statusName = new TextField();
        statusName.setAriaLabel("Status name");
        statusName.addClassName("status-name");
        statusName.setValue(status.name == null ? "" : status.name);
        statusName.addValueChangeListener(e -> {
            draft.renameStatus(status, e.getValue().strip());
            changed();
        });
        Select<String> category = new Select<>();
        category.setAriaLabel("Category");
        category.addClassName("status-category");
        List<String> categories = Arrays.stream(StatusCategory.values()).map(Enum::name).collect(Collectors.toList());
        if (status.category != null && !categories.contains(status.category)) {
            categories.add(status.category);
        }
        category.setItems(categories);
        category.setItemLabelGenerator(DefinitionEditor::categoryLabel);
        category.setValue(status.category);
        category.addValueChangeListener(e -> {
            status.category = e.getValue();
            changed();
        });
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            draft.statuses.remove(status);
            refreshStatuses();
            changed();
        });
        remove.setAriaLabel("Remove status " + status.name);
        remove.addClassName("remove-status");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        com.vaadin.flow.component.textfield.TextArea properties = new com.vaadin.flow.component.textfield.TextArea();
        properties.setAriaLabel("Properties of " + status.name);
        properties.addClassName("status-properties");
        properties.setPlaceholder("Properties: key=value, one per line");
        properties.setValue(DefinitionDraft.formatProperties(status.properties));
        properties.setWidth("18rem");
        properties.addValueChangeListener(e -> {
            status.properties = DefinitionDraft.parseProperties(e.getValue());
            changed();
        });
        HorizontalLayout row = new HorizontalLayout(statusName, category, properties, remove);
        row.addClassName("status-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Lines of {@code Duplicate: duplicate=true, outcome=duplicate} for the resolutions that have properties. */
    static String formatResolutionProperties(DefinitionDraft draft) {
        return draft.resolutions.stream().filter(r -> !r.properties().isEmpty())
                .map(r -> r.name() + ": " + DefinitionDraft.formatProperties(r.properties()).replace("\n", ", "))
                .collect(Collectors.joining("\n"));
    }

    /** Reads lines written as {@link #formatResolutionProperties}; a resolution left out has none. */
    static void applyResolutionProperties(DefinitionDraft draft, String text) {
        java.util.Map<String, java.util.Map<String, String>> byName = new java.util.LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                byName.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        DefinitionDraft.parseProperties(line.substring(colon + 1).replace(",", "\n")));
            }
        }
        for (String resolution : draft.resolutionNames()) {
            draft.resolutionProperties(resolution,
                    byName.getOrDefault(resolution.toLowerCase(java.util.Locale.ROOT), java.util.Map.of()));
        }
    }

    static String categoryLabel(String category) {
        return switch (category) {
            case "TODO" -> "To do";
            case "IN_PROGRESS" -> "In progress";
            case "DONE" -> "Done";
            default -> category;
        };
    }

    private void configureTransitions() {
        transitions.setId("transitions-grid");
        transitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        transitions.setAllRowsVisible(true);
        transitions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        transitions.addColumn(t -> t.name).setHeader("Name").setKey("name").setFlexGrow(1);
        transitions.addColumn(t -> t.fromAny() ? "any status" : String.join(", ", t.from)).setHeader("From")
                .setKey("from").setFlexGrow(2);
        transitions.addColumn(t -> t.to).setHeader("To").setKey("to").setFlexGrow(1);
        transitions.addColumn(t -> ruleNames(t)).setHeader("Rules").setKey("rules").setFlexGrow(2);
        transitions.addComponentColumn(t -> {
            Button edit = new Button("Edit", e -> editTransition(t));
            edit.setAriaLabel("Edit transition " + t.name);
            edit.setId("edit-transition-" + DiagramSvg.escape(String.valueOf(t.name)).replaceAll("[^A-Za-z0-9]+", "-"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button remove = new Button("Remove", e -> {
                closeTransition();
                draft.transitions.remove(t);
                refreshReferences();
                changed();
            });
            remove.setAriaLabel("Remove transition " + t.name);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, remove);
            actions.setSpacing(false);
            return actions;
        }).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    /** The rules of a transition by their names for people. */
    private String ruleNames(DefinitionDraft.TransitionRow t) {
        return java.util.stream.Stream.of(t.conditions, t.validators, t.postFunctions).flatMap(List::stream)
                .map(ref -> rules.stream().filter(r -> r.id().equals(ref.id())).findFirst()
                        .map(RegisteredRule::label).orElse(ref.id()))
                .collect(Collectors.joining(", "));
    }

    /** Opens the side panel on {@code row}; a row not yet in the draft is added when applied. */
    private void editTransition(DefinitionDraft.TransitionRow row) {
        TransitionPanel panel = new TransitionPanel(draft, row, rules, fields, () -> {
            if (!draft.transitions.contains(row)) {
                draft.transitions.add(row);
            }
            closeTransition();
            changed();
        }, this::closeTransition);
        side.removeAll();
        side.add(panel);
        side.setVisible(true);
        // the panel shows the rules; the list keeps what finds a transition
        transitions.getColumnByKey("rules").setVisible(false);
        panel.focusFirst();
    }

    private void closeTransition() {
        side.removeAll();
        side.setVisible(false);
        transitions.getColumnByKey("rules").setVisible(true);
    }

    private void changed() {
        refreshReferences();
        onChange.run();
    }

    /** The parts that show status names or transitions: the initial status choice and the transition list. */
    private void refreshReferences() {
        List<String> names = draft.statusNames();
        String current = draft.initial;
        initial.setItems(names);
        if (current != null && names.stream().anyMatch(current::equalsIgnoreCase)) {
            initial.setValue(names.stream().filter(current::equalsIgnoreCase).findFirst().orElseThrow());
        }
        draft.initial = current;
        transitions.setItems(draft.transitions);
    }

    WorkflowDefinition definition() {
        return draft.toDefinition();
    }
}
