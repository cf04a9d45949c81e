package com.pathway.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.pathway.workflow.Condition;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.TransitionValidator;

/** Every condition, validator and post-function registered as a bean, by id. */
@Component
public class RuleRegistry {

    private final Map<String, Condition> conditions;
    private final Map<String, TransitionValidator> validators;
    private final Map<String, PostFunction> postFunctions;

    public RuleRegistry(List<Condition> conditions, List<TransitionValidator> validators,
            List<PostFunction> postFunctions) {
        this.conditions = byId(conditions, Condition::id);
        this.validators = byId(validators, TransitionValidator::id);
        this.postFunctions = byId(postFunctions, PostFunction::id);
    }

    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(id).map(conditions::get);
    }

    public Optional<TransitionValidator> validator(String id) {
        return Optional.ofNullable(id).map(validators::get);
    }

    public Optional<PostFunction> postFunction(String id) {
        return Optional.ofNullable(id).map(postFunctions::get);
    }

    public java.util.Collection<Condition> conditions() {
        return conditions.values();
    }

    public java.util.Collection<TransitionValidator> validators() {
        return validators.values();
    }

    public java.util.Collection<PostFunction> postFunctions() {
        return postFunctions.values();
    }

    public java.util.Set<String> conditionIds() {
        return conditions.keySet();
    }

    public java.util.Set<String> validatorIds() {
        return validators.keySet();
    }

    public java.util.Set<String> postFunctionIds() {
        return postFunctions.keySet();
    }

    private static <T> Map<String, T> byId(List<T> rules, Function<T, String> id) {
        return rules.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two workflow rules share the id " + id.apply(a) + ": "
                    + a.getClass().getName() + " and " + b.getClass().getName());
        }));
    }
}
