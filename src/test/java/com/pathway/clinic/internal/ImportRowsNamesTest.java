package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pathway.clinic.ImportColumn;
import com.pathway.clinic.ImportFile;
import com.pathway.clinic.ImportOptions;
import com.pathway.clinic.LeadForm;

class ImportRowsNamesTest {

    private static LeadForm read(List<ImportColumn> columns, String... values) {
        return ImportRows.read(new ImportFile.Row(2, List.of(values)), columns, ImportOptions.defaults(), Instant.EPOCH)
                .form();
    }

    private static LeadForm fullName(String name) {
        return read(List.of(ImportColumn.FULL_NAME, ImportColumn.EMAIL), name, "jordan@example.org");
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Jordan Pike Jr.      | Jordan     | Pike Jr.",
            "Jordan Pike jr       | Jordan     | Pike jr",
            "Pike Jr, Jordan      | Jordan     | Pike Jr",
            "Pike, Jordan Jr.     | Jordan     | Pike Jr.",
            "Jordan Pike, Jr.     | Jordan     | Pike Jr.",
            "Jordan A. Pike III   | Jordan A.  | Pike III",
            "Mary-Ann O'Neil Sr   | Mary-Ann   | O'Neil Sr",
            "Mary-Ann O'Neil Sr.  | Mary-Ann   | O'Neil Sr.",
            "Henry Ford II        | Henry      | Ford II",
            "Louis  de Bourbon IV | Louis de   | Bourbon IV",
            "Pike, Jordan         | Jordan     | Pike",
            "Jordan Pike          | Jordan     | Pike",
    })
    void aFullNameKeepsItsSuffixWithTheLastName(String written, String first, String last) {
        LeadForm form = fullName(written);

        assertThat(form.firstName()).isEqualTo(first);
        assertThat(form.lastName()).isEqualTo(last);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            // Real names, not suffixes: Ii and Junior are surnames; a lone "Jr" would leave no first name.
            "Naomasa Ii           | Naomasa    | Ii",
            "Ana Junior           | Ana        | Junior",
            "Carlos Silva Junior  | Carlos Silva | Junior",
            "Anna Kiili           | Anna       | Kiili",
            "Jordan Jr            | Jordan     | Jr",
            "Anna V               | Anna       | V",
    })
    void aNameThatOnlyLooksLikeASuffixStaysAName(String written, String first, String last) {
        LeadForm form = fullName(written);

        assertThat(form.firstName()).isEqualTo(first);
        assertThat(form.lastName()).isEqualTo(last);
    }

    @Test
    void aSuffixInItsOwnLastNameColumnStaysAsWritten() {
        LeadForm form = read(List.of(ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME, ImportColumn.EMAIL),
                "Jordan", "Pike Jr.", "jordan@example.org");

        assertThat(form.firstName()).isEqualTo("Jordan");
        assertThat(form.lastName()).isEqualTo("Pike Jr.");
    }

    @Test
    void aRowWithOneValueTooManySaysSoInTheSingular() {
        ImportRows.Read read = ImportRows.read(new ImportFile.Row(2, List.of("Jordan Pike", "extra")),
                List.of(ImportColumn.FULL_NAME), ImportOptions.defaults(), Instant.EPOCH);

        assertThat(read.errors()).containsEntry("", "The row has 2 values but the header names 1 column.");
    }
}
