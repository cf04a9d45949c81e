package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.pathway.workflow.WorkflowDefinition;

/** Bringing a workflow published before its plugin required properties up to date. */
class MissingPropertiesTest {

    static final WorkflowDefinition DEFAULTS = DefinitionYaml.parse("""
            name: w
            initial: A
            statuses:
              - {name: A, category: TODO, properties: {clinical: false, overdue: 1d}}
              - {name: B, category: DONE, properties: {clinical: false}}
            resolutions:
              - {name: Duplicate, properties: {duplicate: true}}
            transitions:
              - name: End
                from: [A]
                to: B
                validators:
                  - {id: guard, params: {roles: [CLINICIAN]}}
                properties: {merge: true}
            """);

    @Test
    void takesWhatIsMissingFromTheSameNamedPartsAndKeepsWhatIsWritten() {
        WorkflowDefinition old = DefinitionYaml.parse("""
                name: w
                initial: A
                statuses:
                  - {name: A, category: TODO, properties: {overdue: 3d}}
                  - {name: B, category: DONE}
                  - {name: Added, category: TODO}
                resolutions: [Duplicate, Other]
                transitions:
                  - name: End
                    from: [A, Added]
                    to: B
                    validators:
                      - {id: guard}
                  - {name: Start, from: [Added], to: A}
                """);

        WorkflowDefinition completed = MissingProperties.takenFrom(old, DEFAULTS);

        assertThat(completed.status("A").orElseThrow().properties())
                .containsExactly(java.util.Map.entry("overdue", "3d"), java.util.Map.entry("clinical", "false"));
        assertThat(completed.status("B").orElseThrow().flag("clinical")).isFalse();
        assertThat(completed.status("B").orElseThrow().property("clinical")).contains("false");
        assertThat(completed.status("Added").orElseThrow().properties()).isEmpty();
        assertThat(completed.resolution("Duplicate").orElseThrow().flag("duplicate")).isTrue();
        assertThat(completed.resolution("Other").orElseThrow().properties()).isEmpty();
        assertThat(completed.transition("End").orElseThrow().flag("merge")).isTrue();
        assertThat(completed.transition("End").orElseThrow().validators().getFirst().paramList("roles"))
                .containsExactly("CLINICIAN");
        assertThat(completed.transition("End").orElseThrow().from()).containsExactly("A", "Added");
        assertThat(completed.transition("Start").orElseThrow().properties()).isEmpty();
    }
}
