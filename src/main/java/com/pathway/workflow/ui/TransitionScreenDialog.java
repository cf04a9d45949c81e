package com.pathway.workflow.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.security.UserOption;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.PageDialogs;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.TransitionRequest;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The screen of a transition: one field per screen field (text, date, date and time in the clinic's
 * zone, choice, or a user: picked from the active users of the field's roles, or typed when it names
 * none) and an optional comment, which is all a transition without a screen shows. It stays open with the engine's messages next to the fields until the transition
 * succeeds or the user cancels; what was entered is kept. A validator's message about something the
 * screen does not ask for (a field kept elsewhere, the item as a whole) is said above the buttons.
 * <p>Other modules' views may open it (named interface {@code ui}): {@code run} runs the request and
 * answers the validator errors to show, or {@code null} when the attempt is over.
 */
@org.springframework.modulith.NamedInterface("ui")
public class TransitionScreenDialog extends Dialog {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final TextArea comment = new TextArea("Comment");
    private final InlineAlert refusal = new InlineAlert();

    private final UserDirectory users;

    public TransitionScreenDialog(AvailableTransition transition, Function<TransitionRequest, InvalidInputException> run,
            long version, UserDirectory users) {
        this.users = users;
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
        comment.setHelperText("Kept with this step in the history");
        comment.setMaxLength(4000);
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
        PageDialogs.closeWhenLeft(this);
    }

    private AbstractField<?, ?> input(ScreenField field) {
        String label = field.label() == null || field.label().isBlank() ? field.name() : field.label();
        AbstractField<?, ?> input = switch (field.type()) {
            case "DATE" -> new DatePicker(label);
            case "DATE_TIME" -> {
                DateTimePicker at = new DateTimePicker(label);
                at.setStep(java.time.Duration.ofMinutes(15));
                yield at;
            }
            case "CHOICE" -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.options());
                select.setEmptySelectionAllowed(!field.required());
                yield select;
            }
            case "USER" -> userField(field, label);
            default -> new TextField(label);
        };
        input.setRequiredIndicatorVisible(field.required());
        return input;
    }

    /** A picker of the active users holding one of the field's roles, paged as the user types. */
    private AbstractField<?, ?> userField(ScreenField field, String label) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        field.options().forEach(o -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(o.strip()))
                .forEach(roles::add));
        if (roles.isEmpty() || users == null) {
            TextField user = new TextField(label);
            user.setHelperText("User name");
            return user;
        }
        ComboBox<UserOption> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(UserOption::label);
        picker.setItems(query -> users.active(roles, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        picker.setPageSize(UserDirectory.MAX_OPTIONS);
        picker.setClearButtonVisible(true);
        return ComboBoxes.pickFirstMatchOnEnter(picker);
    }

    /** The entered values; empty fields are left out so that required-field checks see them as missing. */
    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value instanceof LocalDate date) {
                values.put(name, date.toString());
            } else if (value instanceof LocalDateTime at) {
                // In the clinic's zone: the engine reads a time without an offset there.
                values.put(name, at.withSecond(0).withNano(0).toString());
            } else if (value instanceof UserOption user) {
                values.put(name, user.username());
            } else if (value instanceof String text && !text.isBlank()) {
                values.put(name, text.strip());
            } else if (value != null && !(value instanceof String)) {
                values.put(name, value);
            }
        });
        return values;
    }
}
