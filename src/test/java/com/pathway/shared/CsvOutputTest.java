package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV injection: every way a spreadsheet could start a formula is made inert; plain text is left alone. */
class CsvOutputTest {

    @Test
    void neutralisesFormulasAfterSpacesInFullWidthAndAfterSeparators() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("  =HYPERLINK(\"http://x\")", "'  =HYPERLINK(\"http://x\")"),
                Map.entry(" +1202", "' +1202"),
                Map.entry("\u00A0@SUM(A1)", "'\u00A0@SUM(A1)"),
                Map.entry("\u3000=1+2", "'\u3000=1+2"),
                Map.entry("\n=1+2", "'\n=1+2"),
                Map.entry("\uFF1DCMD()", "'\uFF1DCMD()"),
                Map.entry("\uFF0B1", "'\uFF0B1"),
                Map.entry("\uFF0D2", "'\uFF0D2"),
                Map.entry("\uFF20A1", "'\uFF20A1"),
                Map.entry("Pike;=cmd|' /C calc'!A0", "Pike;'=cmd|' /C calc'!A0"),
                Map.entry("Pike, =1+2", "Pike, '=1+2"),
                Map.entry("a|@x", "a|'@x"),
                Map.entry("a\t-x", "a\t'-x"),
                Map.entry("a;  \uFF1Dx", "a;  '\uFF1Dx"),
                Map.entry("=1;=2", "'=1;'=2"));
        cases.forEach((value, expected) -> assertThat(CsvOutput.safe(value)).as(value).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Avery Quinn", "a=b", "2026-12-04", "Pike, Jordan", "x;y", "3 - 4", "jordan@example.org"})
    void leavesOrdinaryTextAlone(String value) {
        assertThat(CsvOutput.safe(value)).isEqualTo(value);
    }
}
