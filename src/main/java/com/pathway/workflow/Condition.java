package com.pathway.workflow;

import java.util.List;

/**
 * Decides whether the current user may see and run a transition. Registered by {@link #id()}; a
 * definition names it in a transition's {@code conditions}.
 */
public interface Condition extends DescribedRule {

    boolean allows(TransitionContext context, RuleRef rule);

    /** Problems with the parameters written in a definition; checked before the definition is stored. */
    default List<String> checkParams(RuleRef rule) {
        return List.of();
    }
}
