package com.pathway.workflow.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.pathway.security.Role;
import com.pathway.shared.ui.ComboBoxes;
import com.pathway.workflow.RegisteredRule;
import com.pathway.workflow.RuleParameter;
import com.pathway.workflow.RuleRef;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One rule of a transition: a registered condition, validator or post-function chosen by name from
 * the list of its kind, what it does, and a form for the parameters it describes (roles as a choice
 * of roles, a field as a choice of item fields, a resolution as a choice of the draft's resolutions,
 * text as text). Parameters the rule does not describe are kept and shown as {@code key=value} lines.
 */
final class RuleEditor extends VerticalLayout {

    final Select<RegisteredRule> rule = new Select<>();
    final Paragraph description = new Paragraph();
    final FormLayout form = new FormLayout();
    /** Parameters the chosen rule does not describe, as written; hidden when there are none. */
    final TextArea other = new TextArea("Other parameters");
    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final List<String> fields;
    private final Supplier<List<String>> resolutions;
    private Map<String, Object> params;

    RuleEditor(RegisteredRule.Kind kind, List<RegisteredRule> registered, RuleRef ref, List<String> fields,
            Supplier<List<String>> resolutions) {
        this.fields = fields;
        this.resolutions = resolutions;
        this.params = new LinkedHashMap<>(ref.params());
        addClassName("rule-row-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setPadding(false);
        setSpacing(false);
        getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)");

        List<RegisteredRule> choices = new ArrayList<>(registered.stream().filter(r -> r.kind() == kind).toList());
        if (ref.id() != null && choices.stream().noneMatch(r -> r.id().equals(ref.id()))) {
            choices.add(new RegisteredRule(ref.id(), kind, ref.id() + " (not registered)",
                    "No rule with this id is registered; its parameters are kept as written.", List.of()));
        }
        rule.setItems(choices);
        rule.setItemLabelGenerator(RegisteredRule::label);
        rule.setLabel(switch (kind) {
            case CONDITION -> "Condition";
            case VALIDATOR -> "Validator";
            case POST_FUNCTION -> "Post-function";
        });
        rule.setPlaceholder("Choose");
        rule.addClassName("rule-choice");
        choices.stream().filter(r -> r.id().equals(ref.id())).findFirst().ifPresent(rule::setValue);
        rule.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                params = new LinkedHashMap<>();
                other.clear();
            }
            showForm();
        });
        description.addClassName("rule-description");
        description.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        other.setHelperText("key=value, one per line");
        other.addClassName("rule-other-params");
        other.setWidthFull();

        Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeFromParent());
        remove.setAriaLabel("Remove " + rule.getLabel().toLowerCase(Locale.ROOT));
        remove.addClassName("remove-rule");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout head = new HorizontalLayout(rule, remove);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rule.setWidth("min(18rem, 100%)");
        setWidthFull();
        add(head, description, form, other);
        showForm();
    }

    /** The rule as edited, or {@code null} when none is chosen. */
    RuleRef value() {
        return rule.getValue() == null ? null : new RuleRef(rule.getValue().id(), currentParams());
    }

    /** The chosen rule's input for parameter {@code name}, for tests and focus. */
    HasValue<?, ?> input(String name) {
        return inputs.get(name);
    }

    private void showForm() {
        form.removeAll();
        inputs.clear();
        RegisteredRule chosen = rule.getValue();
        description.setText(chosen == null ? "" : chosen.description());
        description.setVisible(chosen != null && !chosen.description().isBlank());
        Map<String, Object> rest = new LinkedHashMap<>(params);
        if (chosen != null) {
            for (RuleParameter parameter : chosen.parameters()) {
                AbstractField<?, ?> input = input(parameter, rest);
                rest.remove(parameter.name());
                if ("values".equals(parameter.name())) {
                    rest.remove("value");
                }
                input.getElement().getClassList().add("rule-param-" + parameter.name());
                inputs.put(parameter.name(), input);
                form.add(input);
            }
        }
        form.setVisible(!inputs.isEmpty());
        other.setValue(DefinitionDraft.formatParams(rest));
        other.setVisible(!rest.isEmpty());
    }

    private AbstractField<?, ?> input(RuleParameter parameter, Map<String, Object> given) {
        RuleRef written = new RuleRef(null, given);
        AbstractField<?, ?> input = switch (parameter.type()) {
            case ROLES -> multi(parameter, Arrays.stream(Role.values()).map(Role::name).toList(),
                    written.paramList(parameter.name()), role -> Arrays.stream(Role.values())
                            .filter(r -> r.name().equals(role)).findFirst().map(Role::label).orElse(role));
            case RESOLUTIONS -> multi(parameter, resolutions.get(), written.paramList(parameter.name()), r -> r);
            case FIELD, RESOLUTION -> {
                ComboBox<String> box = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>(parameter.label()));
                Set<String> items = new LinkedHashSet<>(parameter.type() == RuleParameter.Type.FIELD ? fields
                        : resolutions.get());
                String value = written.param(parameter.name());
                if (value != null) {
                    items.add(value);
                }
                box.setItems(items);
                box.setValue(value);
                yield box;
            }
            case FLAG -> {
                Checkbox box = new Checkbox(parameter.label());
                box.setValue(Boolean.parseBoolean(written.param(parameter.name())));
                yield box;
            }
            case VALUES -> {
                List<String> values = new ArrayList<>(written.paramList(parameter.name()));
                if ("values".equals(parameter.name())) {
                    values.addAll(written.paramList("value"));
                }
                TextField text = new TextField(parameter.label());
                text.setValue(String.join(", ", values));
                yield text;
            }
            case TEXT -> {
                TextField text = new TextField(parameter.label());
                text.setValue(written.param(parameter.name()) == null ? "" : written.param(parameter.name()));
                yield text;
            }
        };
        if (input instanceof com.vaadin.flow.component.HasHelper helped) {
            helped.setHelperText(parameter.description()
                    + (parameter.type() == RuleParameter.Type.VALUES ? " Comma separated." : ""));
        }
        if (input instanceof HasValue<?, ?> required && !(input instanceof Checkbox)) {
            required.setRequiredIndicatorVisible(parameter.required());
        }
        return input;
    }

    private static MultiSelectComboBox<String> multi(RuleParameter parameter, List<String> choices, List<String> chosen,
            com.vaadin.flow.component.ItemLabelGenerator<String> label) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(parameter.label());
        Set<String> items = new LinkedHashSet<>(choices);
        items.addAll(chosen);
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setValue(new LinkedHashSet<>(chosen));
        return box;
    }

    /** The parameters as the form and the other-parameters lines say now; empty inputs are left out. */
    private Map<String, Object> currentParams() {
        Map<String, Object> result = new LinkedHashMap<>();
        RegisteredRule chosen = rule.getValue();
        inputs.forEach((name, input) -> {
            Object value = input.getValue();
            RuleParameter.Type type = chosen == null ? null : chosen.parameter(name).map(RuleParameter::type)
                    .orElse(null);
            if (value instanceof Set<?> set && !set.isEmpty()) {
                result.put(name, set.stream().map(String::valueOf).toList());
            } else if (value instanceof Boolean flag && flag) {
                result.put(name, true);
            } else if (value instanceof String text && !text.isBlank()) {
                result.put(name, type == RuleParameter.Type.VALUES ? Arrays.stream(text.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList() : text.strip());
            }
        });
        DefinitionDraft.parseParams(other.getValue()).forEach(result::putIfAbsent);
        return result;
    }
}
