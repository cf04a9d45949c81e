package com.pathway.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.InvalidInputException;

/** What the workflow editor asks of the admin service besides storing: rules, checks and YAML. */
@WorkflowTest
class WorkflowAdminEditingTest {

    @Autowired
    WorkflowAdminService admin;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void listsEveryRegisteredRuleByKind() {
        SignedIn.as("root", "ADMIN");

        List<RegisteredRule> rules = admin.rules();

        assertThat(rules).extracting(RegisteredRule::id, RegisteredRule::kind).contains(
                org.assertj.core.groups.Tuple.tuple("role", RegisteredRule.Kind.CONDITION),
                org.assertj.core.groups.Tuple.tuple("required-field", RegisteredRule.Kind.VALIDATOR),
                org.assertj.core.groups.Tuple.tuple("sample-priority", RegisteredRule.Kind.VALIDATOR),
                org.assertj.core.groups.Tuple.tuple("set-resolution", RegisteredRule.Kind.POST_FUNCTION));
        assertThat(rules).extracting(RegisteredRule::kind).isSorted();
    }

    @Test
    void describesEachRuleWithANameADescriptionAndTypedParameters() {
        SignedIn.as("root", "ADMIN");

        List<RegisteredRule> rules = admin.rules();

        RegisteredRule role = rules.stream().filter(r -> r.id().equals("role")).findFirst().orElseThrow();
        assertThat(role.label()).isEqualTo("Role");
        assertThat(role.description()).isNotBlank();
        assertThat(role.parameters()).extracting(RuleParameter::name, RuleParameter::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roles", RuleParameter.Type.ROLES));
        assertThat(rules.stream().filter(r -> r.id().equals("required-field")).findFirst().orElseThrow().parameters())
                .extracting(RuleParameter::name, RuleParameter::type).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("field", RuleParameter.Type.FIELD),
                        org.assertj.core.groups.Tuple.tuple("message", RuleParameter.Type.TEXT));
        // a rule that describes nothing is still listed, by its id
        assertThat(rules.stream().filter(r -> r.id().equals("sample-priority")).findFirst().orElseThrow().label())
                .isEqualTo("sample-priority");
        assertThat(admin.fields()).contains("resolution", "assignee", "dueDate", "priority").isSorted();
    }

    @Test
    void checksADefinitionWithoutStoringItAndListsEveryProblem() {
        SignedIn.as("root", "ADMIN");
        int stored = admin.definitions().size();
        WorkflowDefinition broken = admin.parse("""
                name: broken
                initial: Nowhere
                statuses:
                  - {name: Todo, category: TODO}
                  - {name: Todo, category: LATER}
                transitions:
                  - {name: Go, from: [Todo], to: Ghost, validators: [{id: no-such-rule}]}
                """);

        List<DefinitionProblem> problems = admin.check(broken);

        assertThat(problems).hasSizeGreaterThanOrEqualTo(4);
        assertThat(problems).extracting(DefinitionProblem::message).anyMatch(m -> m.contains("Nowhere"))
                .anyMatch(m -> m.contains("Ghost")).anyMatch(m -> m.contains("no-such-rule"));
        assertThat(admin.definitions()).hasSize(stored);
        assertThat(admin.check(admin.parse(admin.toYaml(admin.parse(admin.export("sample", 1)))))).isEmpty();
    }

    @Test
    void unreadableYamlIsBadInputOnTheYamlField() {
        SignedIn.as("root", "ADMIN");

        assertThatThrownBy(() -> admin.parse("name: [unclosed")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("yaml"));
    }

    @Test
    void onlyAdministratorsUseTheEditorsHelpers() {
        SignedIn.as("ivy", "INTAKE_COORDINATOR");

        assertThatThrownBy(() -> admin.rules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.check(new WorkflowDefinition("x", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
