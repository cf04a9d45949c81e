package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.shared.InvalidInputException;
import com.pathway.shared.Validation;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionValidator;
import com.pathway.workflow.internal.DefinitionChecker.Problem;

class DefinitionCheckerTest {

    static RuleRegistry registry() {
        TransitionValidator plugin = new TransitionValidator() {
            @Override
            public String id() {
                return "sample-priority";
            }

            @Override
            public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            }
        };
        return new RuleRegistry(
                List.of(new BuiltInConditions.RoleCondition(), new BuiltInConditions.AssigneeOnlyCondition(),
                        new BuiltInConditions.FieldValueCondition()),
                List.of(new BuiltInValidators.RequiredFieldValidator(), new BuiltInValidators.DateInFutureValidator(),
                        plugin),
                List.of(new BuiltInPostFunctions.SetField(), new BuiltInPostFunctions.ClearField(),
                        new BuiltInPostFunctions.AssignToCurrentUser(), new BuiltInPostFunctions.Unassign(),
                        new BuiltInPostFunctions.SetResolution()));
    }

    private final DefinitionChecker checker = new DefinitionChecker(registry());

    private List<Problem> problems(String yaml) {
        return checker.check(DefinitionYaml.parse(yaml));
    }

    private static final String HEAD = """
            name: w
            initial: A
            statuses:
              - {name: A, category: TODO}
              - {name: B, category: IN_PROGRESS}
              - {name: C, category: DONE}
            resolutions: [Fixed]
            """;

    @Test
    void acceptsTheSampleWorkflow() {
        assertThat(problems(DefinitionYamlTest.resource("sample.yaml"))).isEmpty();
        assertThat(problems(DefinitionYamlTest.resource("migrating.yaml"))).isEmpty();
    }

    @Test
    void rejectsAMissingOrUnknownInitialStatus() {
        assertThat(problems(HEAD.replace("initial: A\n", "") + """
                transitions:
                  - {name: Go, from: [A], to: B}
                  - {name: End, from: [B], to: C}
                """)).containsExactly(new Problem("initial", "The workflow has no initial status."));
        assertThat(problems(HEAD.replace("initial: A", "initial: Z") + """
                transitions:
                  - {name: Go, from: [A], to: B}
                  - {name: End, from: [B], to: C}
                """)).extracting(Problem::message).containsExactly("The initial status \"Z\" is not one of the statuses.");
    }

    @Test
    void rejectsAStatusWithNoWayOutUnlessItIsDone() {
        assertThat(problems(HEAD + """
                transitions:
                  - {name: Go, from: [A], to: B}
                  - {name: End, from: [A], to: C}
                """)).containsExactly(new Problem("statuses[B]", "Status \"B\" is not a Done status but no transition leaves it."));
    }

    @Test
    void rejectsAnUnreachableStatus() {
        assertThat(problems(HEAD + """
                transitions:
                  - {name: End, from: [A, B], to: C}
                """)).containsExactly(new Problem("statuses[B]", "Status \"B\" cannot be reached from the initial status."));
    }

    @Test
    void rejectsTransitionsToOrFromUnknownStatuses() {
        assertThat(problems(HEAD + """
                transitions:
                  - {name: Go, from: [A], to: B}
                  - {name: End, from: [B, Q], to: C}
                  - {name: Lost, from: [A], to: Nowhere}
                """)).containsExactly(
                new Problem("transitions[End].from", "The transition leaves the unknown status \"Q\"."),
                new Problem("transitions[Lost].to", "The transition goes to the unknown status \"Nowhere\"."));
    }

    @Test
    void rejectsUnknownRuleIdsOfEveryKind() {
        assertThat(problems(HEAD + """
                transitions:
                  - name: Go
                    from: [A]
                    to: B
                    conditions: [{id: moon-phase}]
                    validators: [{id: spell-check}]
                    postFunctions: [{id: send-fax}]
                  - {name: End, from: [B], to: C}
                """)).extracting(Problem::message).containsExactly(
                "Unknown condition \"moon-phase\": no plugin registers it.",
                "Unknown validator \"spell-check\": no plugin registers it.",
                "Unknown post-function \"send-fax\": no plugin registers it.");
    }

    @Test
    void rejectsMissingRuleParameters() {
        assertThat(problems(HEAD + """
                transitions:
                  - name: Go
                    from: [A]
                    to: B
                    conditions: [{id: role}]
                    validators: [{id: required-field}]
                  - {name: End, from: [B], to: C}
                """)).extracting(Problem::message).containsExactly(
                "The role condition needs roles.", "The required-field validator needs a field.");
    }

    @Test
    void rejectsDuplicateNames() {
        assertThat(problems(HEAD.replace("resolutions: [Fixed]", "resolutions: [Fixed, Fixed]")
                .replace("- {name: C, category: DONE}", "- {name: C, category: DONE}\n  - {name: b, category: DONE}") + """
                transitions:
                  - {name: Go, from: [A], to: B}
                  - {name: Go, from: [B], to: C}
                """)).extracting(Problem::location).contains("statuses[b]", "resolutions[Fixed]", "transitions[Go]");
    }

    @Test
    void rejectsAResolutionSetOutsideADoneStatus() {
        assertThat(problems(HEAD + """
                transitions:
                  - name: Go
                    from: [A]
                    to: B
                    postFunctions: [{id: set-resolution, params: {resolution: Nope}}]
                  - {name: End, from: [B], to: C}
                """)).extracting(Problem::message).containsExactly(
                "\"Nope\" is not one of the workflow's resolutions.",
                "A resolution can only be set by a transition to a Done status.");
    }

    @Test
    void listsEveryProblemTogether() {
        String yaml = """
                name: w
                initial: A
                statuses:
                  - {name: A, category: TODO}
                  - {name: A, category: DONE}
                  - {name: B, category: SOMETIMES}
                  - {name: C, category: IN_PROGRESS}
                transitions:
                  - {name: Go, from: [A], to: Z, validators: [{id: nope}]}
                """;

        assertThatThrownBy(() -> checker.requireSound(DefinitionYaml.parse(yaml)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "statuses[A]", "statuses[B].category", "transitions[Go].to",
                        "transitions[Go].validators[nope]", "statuses[B]", "statuses[B]#2", "statuses[C]",
                        "statuses[C]#2"));
    }
}
