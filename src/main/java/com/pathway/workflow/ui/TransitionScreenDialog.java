package com.pathway.workflow.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.TransitionRequest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The screen of a transition: one field per screen field (text, date, choice, or a user name) and an
 * optional comment. It stays open with the engine's messages next to the fields until the transition
 * succeeds or the user cancels; what was entered is kept. A validator's message about something the
 * screen does not ask for (a field kept elsewhere, the item as a whole) is said above the buttons.
 */
class TransitionScreenDialog extends Dialog {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final TextArea comment = new TextArea("Comment");
    private final InlineAlert refusal = new InlineAlert();

    TransitionScreenDialog(AvailableTransition transition, Function<TransitionRequest, InvalidInputException> run,
            long version) {
        setId("transition-screen");
        setHeaderTitle(transition.name());
        FormLayout form = new FormLayout();
        for (ScreenField field : transition.screen()) {
            AbstractField<?, ?> input = input(field);
            input.setId("screen-" + field.name());
            fields.put(field.name(), input);
            errors.bind(field.name(), (HasValidation) input);
            form.add(input);
        }
        comment.setId("screen-comment");
        errors.bind("comment", comment);
        form.add(comment);
        refusal.setId("transition-screen-refusal");
        add(form, refusal);

        Button confirm = new Button(transition.name(), e -> {
            errors.clear();
            refusal.clear();
            InvalidInputException refused = run.apply(new TransitionRequest(transition.id(), values(),
                    comment.getValue().isBlank() ? null : comment.getValue(), version));
            if (refused == null) {
                close();
            } else {
                errors.show(refused, rest -> refusal.show(TransitionBar.notDone(transition.name()), rest));
            }
        });
        confirm.setId("screen-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        DialogKeys.submitOnEnter(this, (com.vaadin.flow.component.Focusable<?>) fields.values().stream().findFirst()
                .orElse(comment), confirm);
    }

    private static AbstractField<?, ?> input(ScreenField field) {
        String label = field.label() == null || field.label().isBlank() ? field.name() : field.label();
        AbstractField<?, ?> input = switch (field.type()) {
            case "DATE" -> new DatePicker(label);
            case "CHOICE" -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.options());
                select.setEmptySelectionAllowed(!field.required());
                yield select;
            }
            case "USER" -> {
                TextField user = new TextField(label);
                user.setHelperText("User name");
                yield user;
            }
            default -> new TextField(label);
        };
        input.setRequiredIndicatorVisible(field.required());
        return input;
    }

    /** The entered values; empty fields are left out so that required-field checks see them as missing. */
    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value instanceof LocalDate date) {
                values.put(name, date.toString());
            } else if (value instanceof String text && !text.isBlank()) {
                values.put(name, text.strip());
            } else if (value != null && !(value instanceof String)) {
                values.put(name, value);
            }
        });
        return values;
    }
}
