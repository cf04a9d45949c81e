package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.pathway.workflow.Resolution;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.internal.DefinitionYaml;

/**
 * No Java main code names a status, transition or resolution of the clinic workflow: their meaning is
 * in the workflow's properties, so an administrator can rename them. Fails on a string literal that is
 * such a name, or that quotes one (as in {@code "into \"New inquiry\""}).
 */
class NoWorkflowNamesInJavaTest {

    static final Path MAIN = Path.of("src/main/java");

    /**
     * Literals that happen to spell a workflow name but are not one, by file and text, with why.
     */
    static final Set<String> ALLOWED = Set.of(
            // Buttons that close a dialog, not the Close transition.
            "com/pathway/clinic/ui/SavedViewsMenu.java: Close",
            "com/pathway/workflow/ui/ExportYamlDialog.java: Close",
            "com/pathway/audit/ui/AuditTrailView.java: Close",
            // Headings of a lead's contact details (phone, e-mail), not the Contact transition.
            "com/pathway/clinic/ui/LeadFormFields.java: Contact",
            "com/pathway/clinic/ui/LeadFacts.java: Contact",
            "com/pathway/clinic/ui/LeadsView.java: Contact",
            "com/pathway/clinic/ui/ImportPreviewGrid.java: Contact",
            // The heading of a lead's screening record (complete, outcome), not the Screening status.
            "com/pathway/clinic/ui/LeadFacts.java: Screening",
            // A call task's own outcome (tasks module), recorded when the task is completed; nothing reads the
            // Contact step's outcome by these words.
            "com/pathway/tasks/CallOutcome.java: Reached",
            "com/pathway/tasks/CallOutcome.java: Left voicemail",
            "com/pathway/tasks/CallOutcome.java: No answer",
            "com/pathway/tasks/CallOutcome.java: Wrong number");

    @Test
    void javaMainCodeHoldsNoNameOfTheClinicWorkflow() throws IOException {
        Set<String> names = names();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String where = MAIN.relativize(file).toString().replace('\\', '/');
                for (String literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    for (String name : names) {
                        if ((literal.equals(name) || literal.contains("\"" + name + "\""))
                                && !ALLOWED.contains(where + ": " + name)) {
                            found.add(where + ": \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("Java names a status, transition or resolution of the clinic workflow;"
                + " read its meaning from the workflow's properties (ClinicStatuses) instead").isEmpty();
    }

    @Test
    void theScanFindsANameAndAQuotedName() {
        assertThat(literals("class A { String a = \"Screening\"; // \"Closed\"\n String b = \"into \\\"New inquiry\\\"\"; }"))
                .containsExactly("Screening", "into \"New inquiry\"");
    }

    /** Every status, transition, resolution and screen option name of the shipped clinic workflow. */
    static Set<String> names() throws IOException {
        WorkflowDefinition clinic = DefinitionYaml.parse(Files.readString(Path.of("src/main/resources/workflow/clinic.yaml")));
        Set<String> names = new LinkedHashSet<>();
        clinic.statuses().forEach(s -> names.add(s.name()));
        clinic.resolutions().stream().map(Resolution::name).forEach(names::add);
        for (Transition t : clinic.transitions()) {
            names.add(t.name());
            // A USER field's options are role names, spelled once in Role.Names, not workflow names.
            t.screen().stream().filter(f -> !"USER".equals(f.type())).forEach(f -> names.addAll(f.options()));
        }
        assertThat(names).contains("Screening", "Close", "Duplicate");
        return names;
    }

    /** The string literals and text blocks of a Java source, unescaped; comments and chars skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i + 1, '\'', new StringBuilder());
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i = skipQuoted(source, i + 1, '"', text);
                literals.add(text.toString());
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int skipQuoted(String source, int from, char quote, StringBuilder text) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) {
            if (source.charAt(i) == '\\' && i + 1 < source.length()) {
                i++;
            }
            text.append(source.charAt(i));
            i++;
        }
        return i + 1;
    }
}
