package com.pathway.workflow.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.RuleParameter;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;

/** The engine's own post-functions. */
final class BuiltInPostFunctions {

    private BuiltInPostFunctions() {
    }

    /** {@code set-field}: sets {@code field} to {@code value}. */
    @Component
    static class SetField implements PostFunction {

        @Override
        public String id() {
            return "set-field";
        }

        @Override
        public String label() {
            return "Set field";
        }

        @Override
        public String description() {
            return "After the transition, the field is set to the given value.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(BuiltInValidators.field("The field to set."),
                    RuleParameter.optional("value", "Value", RuleParameter.Type.TEXT, "The value it gets."));
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            item.setField(rule.param("field"), rule.params().get("value"));
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return BuiltInValidators.needsField(rule);
        }
    }

    /** {@code clear-field}: empties {@code field}. */
    @Component
    static class ClearField implements PostFunction {

        @Override
        public String id() {
            return "clear-field";
        }

        @Override
        public String label() {
            return "Clear field";
        }

        @Override
        public String description() {
            return "After the transition, the field is empty.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(BuiltInValidators.field("The field to empty."));
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            item.clearField(rule.param("field"));
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return BuiltInValidators.needsField(rule);
        }
    }

    /** {@code assign-to-current-user}: the user who runs the transition becomes the assignee. */
    @Component
    static class AssignToCurrentUser implements PostFunction {

        @Override
        public String id() {
            return "assign-to-current-user";
        }

        @Override
        public String label() {
            return "Assign to the current user";
        }

        @Override
        public String description() {
            return "The user who runs the transition becomes the assignee.";
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            item.assignTo(context.actor());
        }
    }

    /** {@code unassign}: the item has no assignee afterwards. */
    @Component
    static class Unassign implements PostFunction {

        @Override
        public String id() {
            return "unassign";
        }

        @Override
        public String label() {
            return "Unassign";
        }

        @Override
        public String description() {
            return "After the transition, the item has no assignee.";
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            item.assignTo(null);
        }
    }

    /** {@code set-resolution}: sets {@code resolution} (only on a transition to a Done status). */
    @Component
    static class SetResolution implements PostFunction {

        @Override
        public String id() {
            return "set-resolution";
        }

        @Override
        public String label() {
            return "Set resolution";
        }

        @Override
        public String description() {
            return "Sets the resolution (only on a transition into a Done status).";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(RuleParameter.required("resolution", "Resolution", RuleParameter.Type.RESOLUTION, "The resolution the item gets."));
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            item.setResolution(rule.param("resolution"));
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            return rule.param("resolution") == null ? List.of("set-resolution needs a resolution.") : List.of();
        }
    }
}
