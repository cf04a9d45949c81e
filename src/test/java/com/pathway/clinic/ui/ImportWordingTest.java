package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.ImportFile;
import com.pathway.clinic.ImportOptions;
import com.pathway.clinic.ImportPreview;
import com.pathway.clinic.ImportResult;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadSource;

class ImportWordingTest {

    private static final LeadForm FORM = LeadForm.of("Avery", "Quill", null, "avery@example.org", LeadSource.OTHER);

    /** A preview with so many valid rows, rows with errors and duplicates of an earlier row. */
    private static ImportPreview preview(int ready, int invalid, int duplicates) {
        List<ImportPreview.Row> rows = new ArrayList<>();
        int number = 2;
        for (int i = 0; i < ready; i++) {
            rows.add(new ImportPreview.Row(number++, FORM, FORM, List.of(), List.of(), null));
        }
        for (int i = 0; i < invalid; i++) {
            rows.add(new ImportPreview.Row(number++, FORM, null, List.of("Email: Enter a valid email address."),
                    List.of(), null));
        }
        for (int i = 0; i < duplicates; i++) {
            rows.add(new ImportPreview.Row(number++, FORM, FORM, List.of(), List.of(), 2));
        }
        ImportFile file = new ImportFile("x.csv", List.of("Email"), List.of(), ',', "UTF-8");
        return new ImportPreview(file, List.of(), ImportOptions.defaults(), rows);
    }

    private static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void oneOfEachIsSaidInTheSingular() {
        ImportPreview preview = preview(1, 1, 1);

        assertThat(ImportWording.summary(preview, false)).isEqualTo("3 rows: 1 lead will be imported, 1 row has errors,"
                + " 1 possible duplicate is left out unless you tick the box. All rows are imported together:"
                + " if anything fails, none is.");
        assertThat(ImportWording.startButton(preview, false)).isEqualTo("Import 1 lead");
        assertThat(ImportWording.downloadBefore(ImportWording.leftOut(preview, false)))
                .isEqualTo("Download the 2 rows that will not be imported");
        assertThat(ImportWording.progress(0, 1)).isEqualTo("Imported 0 of 1 lead");
        assertThat(ImportWording.done(new ImportResult(List.of("PW-7"), 1, 1), "New inquiry"))
                .isEqualTo("Imported 1 lead into \"New inquiry\" (PW-7). 1 row had errors and 1 possible duplicate"
                        + " was left out.");
        assertThat(ImportWording.downloadAfter(1)).isEqualTo("Download the 1 row not imported");
    }

    @Test
    void noneAndManyAreSaidInThePlural() {
        ImportPreview preview = preview(0, 2, 0);

        assertThat(ImportWording.summary(preview, false)).startsWith("2 rows: 0 leads will be imported, 2 rows have errors.");
        assertThat(ImportWording.startButton(preview, false)).isEqualTo("Import 0 leads");
        assertThat(ImportWording.progress(2, 3)).isEqualTo("Imported 2 of 3 leads");
        assertThat(ImportWording.done(new ImportResult(List.of(), 0, 2), "New inquiry"))
                .isEqualTo("Imported 0 leads into \"New inquiry\". 0 rows had errors and 2 possible duplicates were left out.");
    }

    @Test
    void theSummaryAndTheButtonCountTheSameLeadsWithOrWithoutTheDuplicates() {
        for (int ready = 0; ready <= 3; ready++) {
            for (int invalid = 0; invalid <= 2; invalid++) {
                for (int duplicates = 0; duplicates <= 2; duplicates++) {
                    ImportPreview preview = preview(ready, invalid, duplicates);
                    for (boolean include : List.of(false, true)) {
                        long said = number(ImportWording.summary(preview, include), "^\\d+ rows?: (\\d+) leads? will be imported");
                        long button = number(ImportWording.startButton(preview, include), "^Import (\\d+) leads?$");
                        assertThat(button).as("%d/%d/%d %s", ready, invalid, duplicates, include).isEqualTo(said)
                                .isEqualTo(ready + (include ? duplicates : 0));
                    }
                }
            }
        }
    }

    @Test
    void tickingTheBoxSaysTheDuplicatesAreIncluded() {
        ImportPreview preview = preview(2, 0, 1);

        assertThat(ImportWording.summary(preview, true)).startsWith("3 rows: 3 leads will be imported"
                + " (including 1 possible duplicate), 0 rows have errors. All rows");
        assertThat(ImportWording.leftOut(preview, true)).isZero();
        assertThat(ImportWording.leftOut(preview, false)).isEqualTo(1);
    }
}
