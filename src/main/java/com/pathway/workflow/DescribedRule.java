package com.pathway.workflow;

import java.util.List;

/**
 * What every condition, validator and post-function tells the workflow editor about itself: a name
 * for people, what it does, and the parameters it reads. The defaults describe a rule by its id only.
 */
public interface DescribedRule {

    /** The id a definition names the rule by. */
    String id();

    /** A short name for people, e.g. "Role" for {@code role}. */
    default String label() {
        return id();
    }

    /** One or two sentences on what the rule does. */
    default String description() {
        return "";
    }

    /** The parameters it reads from the definition, in the order the editor shows them. */
    default List<RuleParameter> parameters() {
        return List.of();
    }
}
