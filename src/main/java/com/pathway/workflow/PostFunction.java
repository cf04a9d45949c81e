package com.pathway.workflow;

import java.util.List;

/**
 * Runs after the status changed, in the same transaction, in the order the definition lists them.
 * Plugin actions that belong to other modules should react to {@link ItemTransitioned} instead.
 */
public interface PostFunction extends DescribedRule {

    void apply(TransitionContext context, RuleRef rule, ItemEditor item);

    default List<String> checkParams(RuleRef rule) {
        return List.of();
    }
}
