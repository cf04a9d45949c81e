package com.pathway.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a rule sees while a transition is checked or run.
 *
 * @param item the item as it was before the transition
 * @param definition the item's workflow
 * @param transition the transition being checked or run
 * @param input the values entered on the transition screen (empty while listing transitions)
 * @param actor the user name of the current user
 * @param actorRoles the current user's role names (without {@code ROLE_})
 * @param now the time of the transition
 * @param zone the time zone in which dates are meant (the organisation's)
 * @param fields reads any field of the item: engine fields and plugin fields
 */
public record TransitionContext(WorkItemView item, WorkflowDefinition definition, Transition transition,
        Map<String, Object> input, String actor, Set<String> actorRoles, Instant now, ZoneId zone,
        Function<String, Object> fields) {

    /** A field's value: as entered on the screen if it was, else as stored on the item. */
    public Object value(String field) {
        if (input.containsKey(field)) {
            return input.get(field);
        }
        return fields.apply(field);
    }

    public boolean actorHasRole(String role) {
        return actorRoles.contains(role);
    }
}
