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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds or edits one transition of a draft: its name, the statuses it leaves (or any), its target,
 * the registered rules it runs with their parameters, and the fields of its screen. Nothing is
 * checked here; the definition's check reports what is wrong.
 */
class TransitionDialog extends Dialog {

    private final DefinitionDraft.TransitionRow row;
    private final List<RegisteredRule> registered;
    private final TextField name = new TextField("Name");
    private final Checkbox fromAny = new Checkbox("From any status");
    private final MultiSelectComboBox<String> from = new MultiSelectComboBox<>("From");
    private final Select<String> to = new Select<>();
    private final VerticalLayout conditions = new VerticalLayout();
    private final VerticalLayout validators = new VerticalLayout();
    private final VerticalLayout postFunctions = new VerticalLayout();
    private final VerticalLayout screen = new VerticalLayout();
    private final TextArea properties = new TextArea("Properties");

    TransitionDialog(DefinitionDraft draft, DefinitionDraft.TransitionRow row, List<RegisteredRule> registered,
            Runnable onSave) {
        this.row = row;
        this.registered = registered;
        setId("transition-dialog");
        setHeaderTitle(row.name == null ? "New transition" : "Transition " + row.name);
        setWidth("min(56rem, 96vw)");

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

        add(basics,
                section("Conditions", "add-condition", () -> conditions.add(new RuleRow(RegisteredRule.Kind.CONDITION,
                        RuleRef.of(null)))), conditions,
                section("Validators", "add-validator", () -> validators.add(new RuleRow(RegisteredRule.Kind.VALIDATOR,
                        RuleRef.of(null)))), validators,
                section("Post-functions", "add-post-function", () -> postFunctions.add(
                        new RuleRow(RegisteredRule.Kind.POST_FUNCTION, RuleRef.of(null)))), postFunctions,
                section("Screen fields", "add-screen-field", () -> screen.add(new ScreenFieldRow(null))), screen);

        Button save = new Button("Apply", e -> {
            apply();
            close();
            onSave.run();
        });
        save.setId("transition-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
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
        return new ArrayList<>(rows.getChildren().filter(RuleRow.class::isInstance).map(RuleRow.class::cast)
                .map(RuleRow::value).filter(r -> r != null).toList());
    }

    private void rules(VerticalLayout rows, RegisteredRule.Kind kind, List<RuleRef> refs) {
        rows.setPadding(false);
        rows.setSpacing(false);
        refs.forEach(ref -> rows.add(new RuleRow(kind, ref)));
    }

    private static HorizontalLayout section(String title, String addId, Runnable add) {
        Button button = new Button("Add", VaadinIcon.PLUS.create(), e -> add.run());
        button.setId(addId);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new H4(title), button);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return header;
    }

    /** One rule: a registered id of its kind and its parameters, one {@code key=value} per line. */
    final class RuleRow extends HorizontalLayout {

        final ComboBox<String> id = new ComboBox<>();
        final TextArea params = new TextArea();

        RuleRow(RegisteredRule.Kind kind, RuleRef ref) {
            addClassName("rule-row-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Set<String> ids = new LinkedHashSet<>(registered.stream().filter(r -> r.kind() == kind)
                    .map(RegisteredRule::id).toList());
            if (ref.id() != null) {
                ids.add(ref.id());
            }
            id.setItems(ids);
            id.setPlaceholder("Rule");
            id.setAriaLabel("Rule");
            if (ref.id() != null) {
                id.setValue(ref.id());
            }
            params.setPlaceholder("key=value, one per line");
            params.setAriaLabel("Parameters");
            params.setValue(DefinitionDraft.formatParams(ref.params()));
            params.setWidthFull();
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeFromParent());
            remove.setAriaLabel("Remove rule");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setWidthFull();
            add(id, params, remove);
        }

        RuleRef value() {
            return id.getValue() == null ? null : new RuleRef(id.getValue(), DefinitionDraft.parseParams(params.getValue()));
        }
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
