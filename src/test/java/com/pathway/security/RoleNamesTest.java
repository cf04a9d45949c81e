package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Roles are spelled in one place, {@link Role.Names}: every {@code @PreAuthorize}, {@code @RolesAllowed} and
 * role check uses its constants (or the expressions of {@link Access}), so a renamed or mistyped role is a
 * compile error instead of a door that silently stays shut or open. Reads the main sources, because the
 * compiler inlines the constants and the class files cannot tell {@code "ADMIN"} from {@code Role.Names.ADMIN}.
 */
class RoleNamesTest {

    static final Path MAIN = Path.of("src", "main", "java");
    static final List<Path> ALLOWED = List.of(MAIN.resolve("com/pathway/security/Role.java"));
    /** A role name as a word of a string, also as {@code ROLE_ADMIN} or inside SpEL quotes. */
    static final Pattern ROLE_WORD = Pattern.compile("(?<![A-Za-z0-9_])(?:ROLE_)?("
            + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_])");

    @Test
    void noMainCodeSpellsARoleNameOutsideRole() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (ALLOWED.contains(file)) {
                    continue;
                }
                String source = Files.readString(file);
                for (int[] literal : stringLiterals(source)) {
                    String text = source.substring(literal[0], literal[1]);
                    if (ROLE_WORD.matcher(text).find()) {
                        found.add(file + ":" + lineOf(source, literal[0]) + ": " + text);
                    }
                }
            }
        }
        assertThat(found)
                .as("Spell roles with Role.Names (e.g. @RolesAllowed(Role.Names.ADMIN)) and @PreAuthorize expressions "
                        + "with security.Access (e.g. @PreAuthorize(Access.INTAKE_COORDINATOR_OR_MANAGER))")
                .isEmpty();
    }

    @Test
    void findsARoleInEveryFormItCanBeSpelled() {
        String source = """
                class X {
                    // "ADMIN" in a comment is no code
                    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')") @RolesAllowed({"CLINICIAN"})
                    String a = "ROLE_ADMIN", b = "PATHWAY_ADMIN_PASSWORD", c = "Manager", d = "\\"ADMIN\\"";
                    char q = '"';
                }
                """;
        List<String> hits = stringLiterals(source).stream().map(l -> source.substring(l[0], l[1]))
                .filter(s -> ROLE_WORD.matcher(s).find()).toList();
        assertThat(hits).containsExactly("\"hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')\"", "\"CLINICIAN\"",
                "\"ROLE_ADMIN\"", "\"\\\"ADMIN\\\"\"");
    }

    /** Start and end of every string literal and text block, skipping comments and character literals. */
    static List<int[]> stringLiterals(String s) {
        List<int[]> literals = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                literals.add(new int[] {i, end});
                i = end;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                int j = i + 1;
                while (j < n && s.charAt(j) != quote) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(new int[] {i, Math.min(j + 1, n)});
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineOf(String source, int offset) {
        Matcher lines = Pattern.compile("\n").matcher(source.substring(0, offset));
        int line = 1;
        while (lines.find()) {
            line++;
        }
        return line;
    }
}
