package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.pathway.clinic.ImportColumn;
import com.pathway.clinic.ImportPreview;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSource;
import com.pathway.support.ViewTest;
import com.pathway.ui.view.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

class LeadImportViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.servlet.MultipartConfigElement multipart;

    String last;

    @BeforeEach
    void name() {
        last = "View" + UUID.randomUUID().toString().substring(0, 8);
    }

    private LeadImportView view() {
        return _get(LeadImportView.class);
    }

    private String error() {
        Span error = _get(Span.class, spec -> spec.withId("import-error"));
        return error.isVisible() ? error.getText() : "";
    }

    @SuppressWarnings("unchecked")
    private Grid<ImportPreview.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("import-preview"));
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from lead where last_name = ?", Long.class, last);
    }

    @Test
    void anIntakeCoordinatorUploadsMapsChecksAndImports() throws Exception {
        open("intake", "leads/import");
        String existing = leads.create(LeadForm.of("Dana", last, null, "dana." + last + "@example.org",
                LeadSource.PHONE)).key();
        assertThat(_find(Upload.class)).hasSize(1);

        view().fileReceived("clinic.csv", """
                Vorname;Nachname;E-Mail;Geburtstag;Kanal
                José;%1$s;jose.%1$s@example.org;12.04.1980;referral
                Mia;%1$s;mia-at-example.org;;
                Dana;%1$s;dana.%1$s@example.org;;
                """.formatted(last).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(_get(Paragraph.class, spec -> spec.withText("clinic.csv: 3 rows, separated by semicolons, read as windows-1252."
                + " The columns were guessed from their headers; change any that is wrong."))).isNotNull();
        @SuppressWarnings("unchecked")
        Select<ImportColumn> birth = _get(Select.class, spec -> spec.withId("column-3"));
        assertThat(birth.getValue()).isEqualTo(ImportColumn.IGNORE);
        birth.setValue(ImportColumn.DATE_OF_BIRTH);
        _click(_get(Button.class, spec -> spec.withId("import-check")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("3 rows: 1 lead will be imported, 1 row has errors, 1 possible duplicate is left out unless"
                        + " you tick the box. All rows are imported together: if anything fails, none is.");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("2", last + ", José", "Ready to import");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("3", "Email: Enter a valid email address.");
        assertThat(GridKt._getFormattedRow(grid(), 2)).anyMatch(cell -> cell.contains("Possible duplicate of " + existing));
        Button start = _get(Button.class, spec -> spec.withId("import-start"));
        assertThat(start.getText()).isEqualTo("Import 1 lead");
        _get(Checkbox.class, spec -> spec.withId("import-duplicates")).setValue(true);
        assertThat(start.getText()).isEqualTo("Import 2 leads");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .startsWith("3 rows: 2 leads will be imported (including 1 possible duplicate), 1 row has errors.");
        Anchor rejected = _get(Anchor.class, spec -> spec.withId("import-rejected"));
        assertThat(rejected.isVisible()).isTrue();
        assertThat(rejected.getText()).isEqualTo("Download the 1 row that will not be imported");

        _click(start);
        view().running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .startsWith("Imported 2 leads into \"New inquiry\" (PW-").endsWith("1 row had errors.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(stored()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select date_of_birth from lead where first_name = 'José' and last_name = ?",
                java.time.LocalDate.class, last)).isEqualTo(java.time.LocalDate.of(1980, 4, 12));
    }

    @Test
    void theSummaryAndTheButtonCountTheSameLeadsWhicheverWayTheBoxIsTicked() throws Exception {
        open("intake", "leads/import");
        leads.create(LeadForm.of("Dana", last, null, "dana." + last + "@example.org", LeadSource.PHONE));
        view().fileReceived("names.csv", """
                Full name,Email
                Avery %1$s Jr.,avery.%1$s@example.org
                Dana %1$s,dana.%1$s@example.org
                "%1$s III, Blake",blake.%1$s@example.org
                """.formatted(last).getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("import-summary"));
        Button start = _get(Button.class, spec -> spec.withId("import-start"));
        Checkbox duplicates = _get(Checkbox.class, spec -> spec.withId("import-duplicates"));
        Anchor rejected = _get(Anchor.class, spec -> spec.withId("import-rejected"));

        assertThat(summary.getText()).startsWith("3 rows: 2 leads will be imported, 0 rows have errors,"
                + " 1 possible duplicate is left out unless you tick the box.");
        assertThat(start.getText()).isEqualTo("Import 2 leads");
        assertThat(rejected.isVisible()).isTrue();
        assertThat(rejected.getText()).isEqualTo("Download the 1 row that will not be imported");

        duplicates.setValue(true);
        assertThat(summary.getText()).startsWith("3 rows: 3 leads will be imported (including 1 possible duplicate),"
                + " 0 rows have errors.");
        assertThat(start.getText()).isEqualTo("Import 3 leads");
        assertThat(rejected.isVisible()).isFalse();

        duplicates.setValue(false);
        assertThat(summary.getText()).startsWith("3 rows: 2 leads will be imported,");
        assertThat(start.getText()).isEqualTo("Import 2 leads");

        _click(start);
        view().running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .startsWith("Imported 2 leads into \"New inquiry\"")
                .endsWith("0 rows had errors and 1 possible duplicate was left out.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-rejected")).getText())
                .isEqualTo("Download the 1 row not imported");
        assertThat(jdbc.queryForList("select first_name || '/' || last_name from lead where last_name like ?"
                + " order by first_name", String.class, last + " %"))
                .containsExactly("Avery/" + last + " Jr.", "Blake/" + last + " III");
    }

    @Test
    void aFileOfOneRowSaysOneRowAndOneLead() throws Exception {
        open("intake", "leads/import");
        view().fileReceived("one.csv", "First name,Last name,Email\nAvery,%1$s,avery.%1$s@example.org\n"
                .formatted(last).getBytes(StandardCharsets.UTF_8));

        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("one.csv: 1 row, separated by commas"));
        _click(_get(Button.class, spec -> spec.withId("import-check")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .startsWith("1 row: 1 lead will be imported, 0 rows have errors.");
        assertThat(_find(Checkbox.class, spec -> spec.withId("import-duplicates"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("import-rejected"))).isEmpty();
        Button start = _get(Button.class, spec -> spec.withId("import-start"));
        assertThat(start.getText()).isEqualTo("Import 1 lead");

        _click(start);
        view().running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .startsWith("Imported 1 lead into \"New inquiry\" (PW-").endsWith("). 0 rows had errors.");
        assertThat(_find(Anchor.class, spec -> spec.withId("import-rejected"))).isEmpty();
    }

    @Test
    void aFileLargerThanTenMegabytesGetsThePagesOwnMessage() {
        open("intake", "leads/import");

        UploadKt._upload(_get(Upload.class), "big.csv", "text/csv", csv(11 * 1024 * 1024));

        assertThat(error()).isEqualTo("The file is larger than 10 MB. Split it into smaller files.");
        assertThat(_find(Upload.class)).hasSize(1);
    }

    @Test
    void aNineMegabyteFileIsReadAndItsColumnsOffered() {
        open("intake", "leads/import");

        UploadKt._upload(_get(Upload.class), "nine.csv", "text/csv", csv(9 * 1024 * 1024));

        assertThat(_find(Span.class, spec -> spec.withId("import-error"))).allMatch(e -> !e.isVisible());
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("nine.csv: ")
                && p.getText().contains("separated by commas"));
        assertThat(_find(Button.class, spec -> spec.withId("import-check"))).hasSize(1);
    }

    @Test
    void theServletContainerLetsATenMegabyteUploadThrough() {
        // Spring Boot's default (1 MB) refused most imports before the page could explain anything.
        assertThat(multipart.getMaxFileSize()).isGreaterThan(com.pathway.clinic.LeadImportService.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(com.pathway.clinic.LeadImportService.MAX_BYTES);
    }

    /** A CSV of about {@code bytes} bytes with long rows, well under the row limit. */
    private byte[] csv(int bytes) {
        StringBuilder text = new StringBuilder("First name,Last name,Email,Message\n");
        String message = "x".repeat(400);
        for (int i = 0; text.length() < bytes; i++) {
            text.append("Row").append(i).append(',').append(last).append(",row").append(i).append('.').append(last)
                    .append("@example.org,").append(message).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void explainsAFileItCannotUse() {
        open("intake", "leads/import");

        view().fileReceived("empty.csv", new byte[0]);
        assertThat(error()).isEqualTo("The file is empty. Choose a CSV file with a header row and one row per lead.");

        view().fileReceived("header.csv", "First name,Last name,Email\n".getBytes(StandardCharsets.UTF_8));
        assertThat(error()).isEqualTo("The file holds only a header row and no leads.");
        assertThat(_find(Upload.class)).hasSize(1);
    }

    @Test
    void asksForTheColumnsALeadNeeds() {
        open("intake", "leads/import");
        view().fileReceived("x.csv", "Who,Notes\nAvery,hi\n".getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withId("import-check")));

        assertThat(error()).contains("Choose the columns with the first and last name (or the full name).",
                "Choose the column with the phone number or the email address.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void managersCliniciansAndAdministratorsDoNotImport() {
        for (String user : java.util.List.of("manager", "clinician", "admin")) {
            open(user, "leads/import");
            assertThat(_get(AccessDeniedView.class)).as(user).isNotNull();
            assertThat(_find(Upload.class)).as(user).isEmpty();
            signOut();
        }
    }

    @Test
    void onlyManagersSeeTheExportOnTheLeadList() {
        open("manager", "leads");
        assertThat(_find(Anchor.class, spec -> spec.withId("leads-export"))).hasSize(1);
        signOut();
        open("intake", "leads");
        assertThat(_find(Anchor.class, spec -> spec.withId("leads-export"))).isEmpty();
    }
}
