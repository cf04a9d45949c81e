package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

class DefinitionYamlTest {

    static String resource(String name) {
        try (InputStream in = DefinitionYamlTest.class.getResourceAsStream("/workflow/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsStatusesTransitionsRulesAndScreens() {
        WorkflowDefinition d = DefinitionYaml.parse(resource("sample.yaml"));

        assertThat(d.name()).isEqualTo("sample");
        assertThat(d.initial()).isEqualTo("Open");
        assertThat(d.statuses()).extracting(WorkflowDefinition.Status::name)
                .containsExactly("Open", "In progress", "Review", "Done");
        assertThat(d.categoryOf("review")).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(d.resolutionNames()).containsExactly("Fixed", "Won't do", "Duplicate");

        Transition review = d.transition("send-to-review").orElseThrow();
        assertThat(review.name()).isEqualTo("Send to review");
        assertThat(review.from()).containsExactly("In progress");
        assertThat(review.conditions()).containsExactly(RuleRef.of("assignee-only"));
        assertThat(review.validators().get(0).params()).containsEntry("field", "dueDate");
        assertThat(review.screen()).extracting(f -> f.name() + ":" + f.type()).containsExactly("dueDate:DATE", "priority:TEXT");

        assertThat(d.transition("Close").orElseThrow().fromAny()).isTrue();
        assertThat(d.transition("close").orElseThrow().leaves("Review")).isTrue();
        assertThat(d.transition("Reopen").orElseThrow().from()).as("a single from is read as a list")
                .containsExactly("Done");
        assertThat(d.transition("Approve").orElseThrow().conditions().get(0).paramList("roles"))
                .containsExactly("MANAGER");
    }

    @Test
    void roundTripsWithoutLoss() {
        WorkflowDefinition original = DefinitionYaml.parse(resource("sample.yaml"));

        String written = DefinitionYaml.write(original);
        WorkflowDefinition again = DefinitionYaml.parse(written);

        assertThat(again).isEqualTo(original);
        assertThat(DefinitionYaml.write(again)).isEqualTo(written);
    }

    @Test
    void rejectsUnknownKeysWithTheLine() {
        String yaml = "name: x\ninitial: A\nstatuses:\n  - name: A\n    categry: TODO\n";

        assertThatThrownBy(() -> DefinitionYaml.parse(yaml))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("yaml"))
                        .contains("categry").contains("(line "));
    }

    @Test
    void rejectsTextThatIsNotYamlOrEmpty() {
        assertThatThrownBy(() -> DefinitionYaml.parse("name: [unclosed"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("yaml"));
        assertThatThrownBy(() -> DefinitionYaml.parse("  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("yaml", "The definition is empty."));
    }

    @Test
    void writesParamsAndOmitsEmptyParts() {
        WorkflowDefinition d = new WorkflowDefinition("w", "A",
                List.of(new WorkflowDefinition.Status("A", "TODO"), new WorkflowDefinition.Status("B", "DONE")),
                List.of(), List.of(new Transition(null, "Go", List.of("A"), "B", List.of(),
                        List.of(new RuleRef("required-field", Map.of("field", "x"))), List.of(), List.of())));

        String yaml = DefinitionYaml.write(d);

        assertThat(yaml).doesNotContain("resolutions").doesNotContain("conditions").contains("id: go")
                .contains("field: x");
        assertThat(DefinitionYaml.parse(yaml)).isEqualTo(d);
    }

    @Test
    void readsAndWritesPropertiesOfStatusesTransitionsAndResolutionsInEitherShape() {
        String yaml = """
                name: w
                initial: A
                statuses:
                  - {name: A, category: TODO, properties: {clinical: false, overdue: 1d}}
                  - {name: B, category: DONE}
                resolutions:
                  - Fixed
                  - {name: Duplicate, properties: {duplicate: true}}
                transitions:
                  - {name: Go, from: [A], to: B, properties: {merge: true}}
                """;

        WorkflowDefinition d = DefinitionYaml.parse(yaml);

        assertThat(d.status("A").orElseThrow().property("overdue")).contains("1d");
        assertThat(d.resolutionNames()).containsExactly("Fixed", "Duplicate");
        assertThat(d.resolution("duplicate").orElseThrow().flag("duplicate")).isTrue();
        assertThat(d.resolution("Fixed").orElseThrow().properties()).isEmpty();
        assertThat(d.transition("Go").orElseThrow().flag("merge")).isTrue();
        String written = DefinitionYaml.write(d);
        assertThat(written).contains("- Fixed\n").contains("name: Duplicate").contains("merge: \"true\"");
        assertThat(DefinitionYaml.parse(written)).isEqualTo(d);
    }
}
