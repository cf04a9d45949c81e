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
    void aUserFieldsOptionsMustBeRoleNamesAndDateTimeIsAType() {
        List<Problem> found = problems(HEAD + """
                transitions:
                  - name: Go
                    from: [A]
                    to: B
                    screen:
                      - {name: at, type: DATE_TIME}
                      - {name: host, type: USER, options: [CLINICIAN, Doctors]}
                      - {name: by, type: USER, options: [MANAGER]}
                  - {name: Done, from: [B], to: C}
                """);
        assertThat(found).extracting(Problem::location).containsExactly("transitions[Go].screen[host]");
        assertThat(found.getFirst().message()).startsWith("A USER field's options are role names");
    }

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

    /** What a plugin of the workflow {@code w} asks of it, as the clinic asks of its workflow. */
    private static final List<com.pathway.workflow.PropertyRequirement> REQUIRED = List.of(
            com.pathway.workflow.PropertyRequirement.everyStatus("clinical",
                    com.pathway.workflow.PropertyRequirement.Kind.BOOLEAN, "clinicians see leads in clinical statuses"),
            com.pathway.workflow.PropertyRequirement.optional(com.pathway.workflow.PropertyRequirement.Target.STATUS,
                    "overdue", com.pathway.workflow.PropertyRequirement.Kind.DURATION, "overdue limit"),
            com.pathway.workflow.PropertyRequirement.exactlyOne(
                    com.pathway.workflow.PropertyRequirement.Target.TRANSITION, "merge", "merging closes with it"),
            com.pathway.workflow.PropertyRequirement.exactlyOne(
                    com.pathway.workflow.PropertyRequirement.Target.RESOLUTION, "duplicate", "merging resolves with it"),
            new com.pathway.workflow.PropertyRequirement(com.pathway.workflow.PropertyRequirement.Target.RESOLUTION,
                    "outcome", com.pathway.workflow.PropertyRequirement.Kind.ONE_OF, List.of("won", "lost"),
                    com.pathway.workflow.PropertyRequirement.Presence.OPTIONAL, ""));

    private final DefinitionChecker demanding = new DefinitionChecker(registry(),
            new RequiredProperties(name -> name.equals("w") ? REQUIRED : List.of()));

    private static final String WITH_PROPERTIES = """
            name: w
            initial: A
            statuses:
              - {name: A, category: TODO, properties: {clinical: false, overdue: 1d}}
              - {name: B, category: IN_PROGRESS, properties: {clinical: true, overdue: 12h}}
              - {name: C, category: DONE, properties: {clinical: false}}
            resolutions:
              - {name: Fixed, properties: {outcome: won}}
              - {name: Duplicate, properties: {duplicate: true}}
            transitions:
              - {name: Go, from: [A], to: B}
              - {name: End, from: [A, B], to: C, properties: {merge: true}}
            """;

    private List<Problem> demanded(String yaml) {
        return demanding.check(DefinitionYaml.parse(yaml));
    }

    @Test
    void acceptsAWorkflowCarryingEveryPropertyItsPluginRequires() {
        assertThat(demanded(WITH_PROPERTIES)).isEmpty();
    }

    @Test
    void refusesAStatusWithoutARequiredPropertyNamingWhereAndWhy() {
        assertThat(demanded(WITH_PROPERTIES.replace("{clinical: true, overdue: 12h}", "{overdue: 12h}")))
                .containsExactly(new Problem("statuses[B].properties.clinical", "Status \"B\" needs the property"
                        + " \"clinical\" (true or false): clinicians see leads in clinical statuses."));
    }

    @Test
    void refusesMalformedValuesOfEveryKind() {
        assertThat(demanded(WITH_PROPERTIES.replace("clinical: true", "clinical: maybe")
                .replace("overdue: 12h", "overdue: soon").replace("outcome: won", "outcome: draw")))
                .extracting(Problem::location, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statuses[B].properties.clinical",
                                "Status \"B\": \"clinical: maybe\" is not true or false: clinicians see leads in"
                                        + " clinical statuses."),
                        org.assertj.core.groups.Tuple.tuple("statuses[B].properties.overdue",
                                "Status \"B\": \"overdue: soon\" is not a positive duration such as 1d, 12h or 30m:"
                                        + " overdue limit."),
                        org.assertj.core.groups.Tuple.tuple("resolutions[Fixed].properties.outcome",
                                "Resolution \"Fixed\": \"outcome: draw\" is not one of won, lost."));
        assertThat(demanded(WITH_PROPERTIES.replace("overdue: 1d", "overdue: 0s"))).extracting(Problem::location)
                .containsExactly("statuses[A].properties.overdue");
    }

    @Test
    void refusesNoneOrMoreThanOneCarrierOfAnExactlyOneProperty() {
        assertThat(demanded(WITH_PROPERTIES.replace(", properties: {merge: true}", "")))
                .containsExactly(new Problem("transitions.properties.merge", "Exactly one of the transitions must"
                        + " carry \"merge: true\"; none does: merging closes with it."));
        assertThat(demanded(WITH_PROPERTIES.replace("{name: Go, from: [A], to: B}",
                "{name: Go, from: [A], to: B, properties: {merge: true}}"))).extracting(Problem::message)
                .containsExactly("Exactly one of the transitions may carry \"merge: true\"; Go, End do: merging"
                        + " closes with it.");
        // false is as good as absent
        assertThat(demanded(WITH_PROPERTIES.replace("{name: Fixed, properties: {outcome: won}}",
                "{name: Fixed, properties: {outcome: won, duplicate: false}}"))).isEmpty();
    }

    @Test
    void aWorkflowNoPluginAsksPropertiesOfNeedsNone() {
        assertThat(demanded(WITH_PROPERTIES.replace("name: w", "name: other")
                .replace(", properties: {merge: true}", "").replace("clinical: true", "clinical: maybe"))).isEmpty();
    }
}
