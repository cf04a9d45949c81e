package com.pathway.workflow.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.pathway.shared.Validation;
import com.pathway.workflow.RuleParameter;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionValidator;

/** The engine's own validators. Each takes a {@code field} and an optional {@code message}. */
final class BuiltInValidators {

    private BuiltInValidators() {
    }

    static RuleParameter field(String description) {
        return RuleParameter.required("field", "Field", RuleParameter.Type.FIELD, description);
    }

    static RuleParameter message() {
        return RuleParameter.optional("message", "Message", RuleParameter.Type.TEXT,
                "What the user reads when the check fails; a default message is shown when empty.");
    }

    static List<String> needsField(RuleRef rule) {
        return rule.param("field") == null ? List.of("The " + rule.id() + " validator needs a field.") : List.of();
    }

    /** {@code required-field}: the field has a value, entered on the screen or already on the item. */
    @Component
    static class RequiredFieldValidator implements TransitionValidator {

        @Override
        public String id() {
            return "required-field";
        }

        @Override
        public String label() {
            return "Required field";
        }

        @Override
        public String description() {
            return "The transition runs only when the field has a value, entered on its screen or already on the item.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(field("The field that must have a value."), message());
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            String field = rule.param("field");
            errors.check(!Values.isEmpty(context.value(field)), field,
                    Optional.ofNullable(rule.param("message")).orElse("This step needs a value for " + field
                    + ": enter it on this step's screen or on the item, then try again."));
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return needsField(rule);
        }
    }

    /** {@code date-in-future}: when the field has a value, it is a date after today. */
    @Component
    static class DateInFutureValidator implements TransitionValidator {

        @Override
        public String id() {
            return "date-in-future";
        }

        @Override
        public String label() {
            return "Date in the future";
        }

        @Override
        public String description() {
            return "When the field has a value, it must be a date after today.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(field("The date field to check."), message());
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            String field = rule.param("field");
            Object value = context.value(field);
            if (Values.isEmpty(value)) {
                return;
            }
            Optional<LocalDate> date = Values.date(value, context.zone());
            LocalDate today = context.now().atZone(context.zone()).toLocalDate();
            if (date.isEmpty()) {
                errors.reject(field, "Enter a date as YYYY-MM-DD.");
            } else {
                errors.check(date.get().isAfter(today), field, Optional.ofNullable(rule.param("message"))
                        .orElse("Choose a date after today."));
            }
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return needsField(rule);
        }
    }
}
