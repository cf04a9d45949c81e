package com.pathway.workflow.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.pathway.workflow.RegisteredRule;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.WorkflowDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The side panel beside the transition list that adds or edits one transition of a draft: its name,
 * the statuses it leaves (or any), its target, the registered rules it runs (each chosen by name with
 * a form for its parameters, {@link RuleEditor}), and the fields of its screen. Nothing is checked
 * here; the definition's check reports what is wrong. Apply (or Enter in a field) writes it into the
 * draft; Cancel (or Escape) leaves the draft as it was.
 */
class TransitionPanel extends VerticalLayout {

    private final DefinitionDraft draft;
    private final DefinitionDraft.TransitionRow row;
    private final List<RegisteredRule> registered;
    private final List<String> fields;
    private final TextField name = new TextField("Name");
    private final Checkbox fromAny = new Checkbox("From any status");
    private final MultiSelectComboBox<String> from = new MultiSelectComboBox<>("From");
    private final Select<String> to = new Select<>();
    private final VerticalLayout conditions = new VerticalLayout();
    private final VerticalLayout validators = new VerticalLayout();
    private final VerticalLayout postFunctions = new VerticalLayout();
    private final VerticalLayout screen = new VerticalLayout();
    private final TextArea properties = new TextArea("Properties");

    TransitionPanel(DefinitionDraft draft, DefinitionDraft.TransitionRow row, List<RegisteredRule> registered,
            List<String> fields, Runnable onSave, Runnable onClose) {
        this.draft = draft;
        this.row = row;
        this.registered = registered;
        this.fields = fields;
        setId("transition-panel");
        addClassName("transition-panel");
        setPadding(true);
        H3 title = new H3(row.name == null ? "New transition" : "Transition " + row.name);
        title.getStyle().set("margin", "0");

        name.setId("transition-name");
        name.setValue(row.name == null ? "" : row.name);
        fromAny.setId("transition-from-any");
        from.setId("transition-from");
        List<String> statuses = draft.statusNames();
        from.setItems(statuses);
        fromAny.setValue(row.fromAny());
        from.setValue(new LinkedHashSet<>(row.from.stream().filter(f -> !WorkflowDefinition.ANY.equalsIgnoreCase(f))
                .filter(statuses::contains).toList()));
        from.setEnabled(!fromAny.getValue());
        fromAny.addValueChangeListener(e -> from.setEnabled(!e.getValue()));
        to.setId("transition-to");
        to.setLabel("To");
        to.setItems(statuses);
        if (row.to != null && statuses.contains(row.to)) {
            to.setValue(row.to);
        }
        properties.setId("transition-properties");
        properties.setPlaceholder("key=value, one per line");
        properties.setHelperText("What the transition means to the plugin, e.g. merge=true");
        properties.setValue(DefinitionDraft.formatProperties(row.properties));
        FormLayout basics = new FormLayout(name, to, fromAny, from, properties);
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        rules(conditions, RegisteredRule.Kind.CONDITION, row.conditions);
        rules(validators, RegisteredRule.Kind.VALIDATOR, row.validators);
        rules(postFunctions, RegisteredRule.Kind.POST_FUNCTION, row.postFunctions);
        row.screen.forEach(f -> screen.add(new ScreenFieldRow(f)));
        screen.setPadding(false);

        add(title, basics,
                section("Conditions", "add-condition", () -> addRule(conditions, RegisteredRule.Kind.CONDITION)),
                conditions,
                section("Validators", "add-validator", () -> addRule(validators, RegisteredRule.Kind.VALIDATOR)),
                validators,
                section("Post-functions", "add-post-function",
                        () -> addRule(postFunctions, RegisteredRule.Kind.POST_FUNCTION)), postFunctions,
                section("Screen fields", "add-screen-field", () -> screen.add(new ScreenFieldRow(null))), screen);

        Button save = new Button("Apply", e -> {
            apply();
            onSave.run();
        });
        save.setId("transition-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        Button cancel = new Button("Cancel", e -> onClose.run());
        cancel.setId("transition-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(buttons);
    }

    /** Puts the keyboard in the first field, so that a new transition is named at once. */
    void focusFirst() {
        name.focus();
    }

    private void apply() {
        row.name = name.getValue().strip();
        row.from = fromAny.getValue() ? new ArrayList<>(List.of(WorkflowDefinition.ANY)) : new ArrayList<>(from.getValue());
        row.to = to.getValue();
        row.conditions = refs(conditions);
        row.validators = refs(validators);
        row.postFunctions = refs(postFunctions);
        row.screen = screen.getChildren().filter(ScreenFieldRow.class::isInstance).map(ScreenFieldRow.class::cast)
                .map(ScreenFieldRow::value).filter(f -> f != null).toList();
        row.properties = DefinitionDraft.parseProperties(properties.getValue());
    }

    private static List<RuleRef> refs(VerticalLayout rows) {
        return new ArrayList<>(rows.getChildren().filter(RuleEditor.class::isInstance).map(RuleEditor.class::cast)
                .map(RuleEditor::value).filter(r -> r != null).toList());
    }

    private void rules(VerticalLayout rows, RegisteredRule.Kind kind, List<RuleRef> refs) {
        rows.setPadding(false);
        refs.forEach(ref -> rows.add(rule(kind, ref)));
    }

    private RuleEditor rule(RegisteredRule.Kind kind, RuleRef ref) {
        return new RuleEditor(kind, registered, ref, fields, draft::resolutionNames);
    }

    private void addRule(VerticalLayout rows, RegisteredRule.Kind kind) {
        RuleEditor added = rule(kind, RuleRef.of(null));
        rows.add(added);
        added.rule.focus();
    }

    private static HorizontalLayout section(String title, String addId, Runnable add) {
        Button button = new Button("Add", VaadinIcon.PLUS.create(), e -> add.run());
        button.setAriaLabel("Add to " + title.toLowerCase(java.util.Locale.ROOT));
        button.setId(addId);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new H4(title), button);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return header;
    }

    /** One screen field: name, label, type, required and, for a choice, its options. */
    static final class ScreenFieldRow extends HorizontalLayout {

        final TextField name = new TextField();
        final TextField label = new TextField();
        final Select<String> type = new Select<>();
        final Checkbox required = new Checkbox("Required");
        final TextField options = new TextField();

        ScreenFieldRow(ScreenField field) {
            addClassName("screen-field-row");
            name.setPlaceholder("Field name");
            name.setAriaLabel("Field name");
            label.setPlaceholder("Label");
            label.setAriaLabel("Label");
            type.setItems(ScreenField.TYPES);
            type.setAriaLabel("Type");
            type.setValue(field == null ? "TEXT" : field.type());
            options.setPlaceholder("Options, comma separated");
            options.setAriaLabel("Options");
            options.setVisible("CHOICE".equals(type.getValue()));
            type.addValueChangeListener(e -> options.setVisible("CHOICE".equals(e.getValue())));
            if (field != null) {
                name.setValue(field.name() == null ? "" : field.name());
                label.setValue(field.label() == null ? "" : field.label());
                required.setValue(field.required());
                options.setValue(String.join(", ", field.options()));
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeFromParent());
            remove.setAriaLabel("Remove field");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(name, label, type, required, options, remove);
        }

        ScreenField value() {
            if (name.getValue().isBlank() && label.getValue().isBlank()) {
                return null;
            }
            List<String> choices = options.getValue().isBlank() ? List.of()
                    : Arrays.stream(options.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new ScreenField(name.getValue().strip(), label.getValue().strip(), type.getValue(),
                    required.getValue(), "CHOICE".equals(type.getValue()) ? choices : List.of());
        }
    }
}
