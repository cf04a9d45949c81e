package com.pathway.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.pathway.workflow.Condition;
import com.pathway.workflow.RuleParameter;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;

/** The engine's own conditions. */
final class BuiltInConditions {

    private BuiltInConditions() {
    }

    /** {@code role}: the user holds one of {@code roles}. */
    @Component
    static class RoleCondition implements Condition {

        @Override
        public String id() {
            return "role";
        }

        @Override
        public String label() {
            return "Role";
        }

        @Override
        public String description() {
            return "Only users who hold one of the roles see and run the transition.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(RuleParameter.required("roles", "Roles", RuleParameter.Type.ROLES, "Users with any of these roles may run it."));
        }

        @Override
        public boolean allows(TransitionContext context, RuleRef rule) {
            return rule.paramList("roles").stream().anyMatch(context::actorHasRole);
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return rule.paramList("roles").isEmpty() ? List.of("The role condition needs roles.") : List.of();
        }
    }

    /** {@code assignee-only}: only the item's assignee may run the transition. */
    @Component
    static class AssigneeOnlyCondition implements Condition {

        @Override
        public String id() {
            return "assignee-only";
        }

        @Override
        public String label() {
            return "Assignee only";
        }

        @Override
        public String description() {
            return "Only the user the item is assigned to sees and runs the transition.";
        }

        @Override
        public boolean allows(TransitionContext context, RuleRef rule) {
            return context.actor().equals(context.item().assignee());
        }
    }

    /**
     * {@code field-value}: the item's {@code field} equals {@code value} (or one of {@code values});
     * with {@code negate: true}, it must not.
     */
    @Component
    static class FieldValueCondition implements Condition {

        @Override
        public String id() {
            return "field-value";
        }

        @Override
        public String label() {
            return "Field has a value";
        }

        @Override
        public String description() {
            return "The transition is offered only while an item field holds one of the given values (or, negated, none of them).";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(RuleParameter.required("field", "Field", RuleParameter.Type.FIELD, "The item field to look at."),
                    RuleParameter.required("values", "Values", RuleParameter.Type.VALUES,
                            "The field must equal one of these."),
                    RuleParameter.optional("negate", "Negate", RuleParameter.Type.FLAG,
                            "Offer the transition only when the field holds none of the values."));
        }

        @Override
        public boolean allows(TransitionContext context, RuleRef rule) {
            String actual = Values.text(context.fields().apply(rule.param("field")));
            List<String> expected = new ArrayList<>(rule.paramList("values"));
            expected.addAll(rule.paramList("value"));
            boolean matches = expected.stream().anyMatch(e -> Objects.equals(e, actual));
            return Boolean.parseBoolean(rule.param("negate")) != matches;
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            List<String> problems = new ArrayList<>();
            if (rule.param("field") == null) {
                problems.add("The field-value condition needs a field.");
            }
            if (rule.paramList("value").isEmpty() && rule.paramList("values").isEmpty()) {
                problems.add("The field-value condition needs a value or values.");
            }
            return problems;
        }
    }
}
