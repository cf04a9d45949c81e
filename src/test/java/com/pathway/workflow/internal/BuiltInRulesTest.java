package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.shared.Validation;
import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.WorkItemView;

/** The engine's own conditions, validators and post-functions, without Spring. */
class BuiltInRulesTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-06-15T15:00:00Z");

    private static TransitionContext context(String actor, Set<String> roles, String assignee,
            Map<String, Object> stored, Map<String, Object> input) {
        WorkItemView item = new WorkItemView(1, "T-1", "T", "TASK", "x", "Open", StatusCategory.TODO, null,
                assignee, "rep", NOW, NOW, 0, "w", 1);
        return new TransitionContext(item, null, null, input, actor, roles, NOW, ZONE, stored::get);
    }

    private static TransitionContext context(Map<String, Object> stored, Map<String, Object> input) {
        return context("ann", Set.of(), null, stored, input);
    }

    private static RuleRef rule(String id, Object... params) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        return new RuleRef(id, map);
    }

    private static Map<String, String> errors(com.pathway.workflow.TransitionValidator validator, RuleRef rule,
            TransitionContext context) {
        Validation v = new Validation();
        validator.validate(context, rule, v);
        return v.errors();
    }

    @Test
    void roleConditionNeedsOneOfTheRoles() {
        var role = new BuiltInConditions.RoleCondition();
        RuleRef managersOrAdmins = rule("role", "roles", List.of("MANAGER", "ADMIN"));

        assertThat(role.allows(context("m", Set.of("MANAGER"), null, Map.of(), Map.of()), managersOrAdmins)).isTrue();
        assertThat(role.allows(context("c", Set.of("CLINICIAN"), null, Map.of(), Map.of()), managersOrAdmins)).isFalse();
        assertThat(role.allows(context("c", Set.of("CLINICIAN"), null, Map.of(), Map.of()), rule("role", "roles", "CLINICIAN")))
                .as("a single role may be written without a list").isTrue();
        assertThat(role.checkParams(rule("role"))).isNotEmpty();
    }

    @Test
    void assigneeOnlyConditionLetsOnlyTheAssigneeThrough() {
        var assigneeOnly = new BuiltInConditions.AssigneeOnlyCondition();

        assertThat(assigneeOnly.allows(context("ann", Set.of(), "ann", Map.of(), Map.of()), rule("assignee-only"))).isTrue();
        assertThat(assigneeOnly.allows(context("bob", Set.of(), "ann", Map.of(), Map.of()), rule("assignee-only"))).isFalse();
        assertThat(assigneeOnly.allows(context("bob", Set.of(), null, Map.of(), Map.of()), rule("assignee-only"))).isFalse();
    }

    @Test
    void fieldValueConditionComparesTheStoredValueAndCanBeNegated() {
        var fieldValue = new BuiltInConditions.FieldValueCondition();
        TransitionContext high = context(Map.of("priority", "high"), Map.of());

        assertThat(fieldValue.allows(high, rule("field-value", "field", "priority", "value", "high"))).isTrue();
        assertThat(fieldValue.allows(high, rule("field-value", "field", "priority", "values", List.of("low", "normal"))))
                .isFalse();
        assertThat(fieldValue.allows(high, rule("field-value", "field", "priority", "value", "high", "negate", true)))
                .isFalse();
        assertThat(fieldValue.checkParams(rule("field-value"))).hasSize(2);
    }

    @Test
    void requiredFieldAcceptsAnEnteredOrStoredValue() {
        var required = new BuiltInValidators.RequiredFieldValidator();
        RuleRef dueDate = rule("required-field", "field", "dueDate");

        assertThat(errors(required, dueDate, context(Map.of(), Map.of()))).containsEntry("dueDate",
                "This step needs a value for dueDate: enter it on this step's screen or on the item, then try again.");
        assertThat(errors(required, dueDate, context(Map.of(), Map.of("dueDate", "  ")))).containsKey("dueDate");
        assertThat(errors(required, dueDate, context(Map.of("dueDate", "2026-07-01"), Map.of()))).isEmpty();
        assertThat(errors(required, dueDate, context(Map.of(), Map.of("dueDate", "2026-07-01")))).isEmpty();
        assertThat(errors(required, rule("required-field", "field", "x", "message", "Say x."), context(Map.of(), Map.of())))
                .containsEntry("x", "Say x.");
    }

    @Test
    void dateInFutureMeansAfterTodayInTheOrganisationsZone() {
        var future = new BuiltInValidators.DateInFutureValidator();
        RuleRef when = rule("date-in-future", "field", "when");

        assertThat(errors(future, when, context(Map.of(), Map.of("when", "2026-06-16")))).isEmpty();
        assertThat(errors(future, when, context(Map.of(), Map.of("when", "2026-06-15"))))
                .containsEntry("when", "Choose a date after today.");
        assertThat(errors(future, when, context(Map.of(), Map.of("when", "2026-06-16T03:00:00Z"))))
                .as("still the 15th in New York").containsKey("when");
        assertThat(errors(future, when, context(Map.of(), Map.of("when", "next week"))))
                .containsEntry("when", "Enter a date as YYYY-MM-DD.");
        assertThat(errors(future, when, context(Map.of(), Map.of()))).as("empty is for required-field to judge").isEmpty();
    }

    @Test
    void postFunctionsEditTheItem() {
        List<String> calls = new ArrayList<>();
        ItemEditor editor = new ItemEditor() {
            @Override
            public void setField(String field, Object value) {
                calls.add("set " + field + "=" + value);
            }

            @Override
            public void clearField(String field) {
                calls.add("clear " + field);
            }

            @Override
            public void assignTo(String username) {
                calls.add("assign " + username);
            }

            @Override
            public void setResolution(String resolution) {
                calls.add("resolve " + resolution);
            }
        };
        TransitionContext ctx = context("ann", Set.of(), null, Map.of(), Map.of());

        new BuiltInPostFunctions.SetField().apply(ctx, rule("set-field", "field", "priority", "value", "high"), editor);
        new BuiltInPostFunctions.ClearField().apply(ctx, rule("clear-field", "field", "priority"), editor);
        new BuiltInPostFunctions.AssignToCurrentUser().apply(ctx, rule("assign-to-current-user"), editor);
        new BuiltInPostFunctions.Unassign().apply(ctx, rule("unassign"), editor);
        new BuiltInPostFunctions.SetResolution().apply(ctx, rule("set-resolution", "resolution", "Fixed"), editor);

        assertThat(calls).containsExactly("set priority=high", "clear priority", "assign ann", "assign null",
                "resolve Fixed");
        assertThat(new BuiltInPostFunctions.SetResolution().checkParams(rule("set-resolution"))).isNotEmpty();
        assertThat(new BuiltInPostFunctions.SetField().checkParams(rule("set-field"))).isNotEmpty();
    }
}
