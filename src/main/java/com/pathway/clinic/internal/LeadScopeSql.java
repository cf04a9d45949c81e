package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.workflow.ReadScope;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinitions;

/**
 * The SQL form of {@link LeadAccess}'s scope for the clinic's own queries over the lead table
 * (alias {@code l}), derived from the one rule rather than written again: status flags become
 * {@code l.status in (the statuses the published workflow flags)}, user fields the lead column of
 * that name, leads granted by emergency access {@code l.item_key in (…)}. So the lead list, its counts, exports and the duplicate search show exactly the leads
 * the engine lets the user read.
 */
@Component
public class LeadScopeSql {

    /** A condition and its named parameters; {@code sql} is {@code null} when every lead may be read. */
    public record Condition(String sql, Map<String, Object> params) {

        public static final Condition NONE = new Condition(null, Map.of());

        public Condition {
            params = Map.copyOf(params);
        }
    }

    /** The user fields that have a lead column of the same meaning. */
    private static final Map<String, String> USER_COLUMNS = Map.of(
            LeadAccess.CLINICIAN, "l.clinician", LeadWriter.COORDINATOR, "l.coordinator");

    private final LeadAccess access;
    private final WorkflowDefinitions workflows;
    private final CurrentUser currentUser;

    public LeadScopeSql(LeadAccess access, WorkflowDefinitions workflows, CurrentUser currentUser) {
        this.access = access;
        this.workflows = workflows;
        this.currentUser = currentUser;
    }

    /** The current user's scope as a condition on the lead table. */
    public Condition current() {
        ReadScope scope = access.scope();
        if (scope.all() || scope.isNothing()) {
            return translate(scope, flag -> Set.of(), null);
        }
        WorkflowDefinition published = workflows.published(ClinicWorkflowPlugin.PROJECT);
        return translate(scope, published::statusesFlagged,
                currentUser.username().map(u -> u.toLowerCase(Locale.ROOT)).orElse(null));
    }

    /**
     * @param flagged the statuses of the published workflow that carry a flag
     * @param username the reader, in lower case (as user fields keep names)
     */
    static Condition translate(ReadScope scope, Function<String, Set<String>> flagged, String username) {
        if (scope.all()) {
            return Condition.NONE;
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        Set<String> statuses = new LinkedHashSet<>();
        scope.statusFlags().stream().sorted().forEach(flag -> statuses.addAll(flagged.apply(flag)));
        if (!statuses.isEmpty()) {
            any.add("l.status in (:scopeStatuses)");
            params.put("scopeStatuses", List.copyOf(statuses));
        }
        if (username != null) {
            for (String field : scope.userFields().stream().sorted().toList()) {
                String column = USER_COLUMNS.get(field);
                if (column == null) {
                    throw new IllegalStateException("The lead table has no column for user field " + field);
                }
                any.add(column + " = :scopeUser");
                params.put("scopeUser", username);
            }
        }
        if (!scope.granted().isEmpty()) {
            any.add("l.item_key in (:scopeKeys)");
            params.put("scopeKeys", scope.granted().keySet().stream().sorted().toList());
        }
        return any.isEmpty() ? new Condition("1 = 0", Map.of()) : new Condition("(" + String.join(" or ", any) + ")", params);
    }
}
