package com.pathway.workflow;

import java.util.List;

import com.pathway.shared.Validation;

/**
 * Checks the item and the fields entered on the transition screen before anything changes. Reports
 * problems per field into {@code errors}; the engine collects those of every validator and reports
 * them together. This is also how plugins contribute their own field checks.
 */
public interface TransitionValidator extends DescribedRule {

    void validate(TransitionContext context, RuleRef rule, Validation errors);

    default List<String> checkParams(RuleRef rule) {
        return List.of();
    }
}
