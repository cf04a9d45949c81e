package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.internal.CsvReader;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

@WorkflowTest
class LeadImportServiceTest {

    @Autowired
    LeadImportService imports;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    String last;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        last = "Imp" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    static String phone() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "(202) " + r.nextInt(300, 900) + "-" + r.nextInt(1000, 10000);
    }

    private ImportPreview preview(String csv) {
        ImportFile file = imports.read("leads.csv", csv.getBytes(StandardCharsets.UTF_8));
        return imports.preview(file, imports.guessColumns(file), ImportOptions.defaults());
    }

    private long stored(String lastName) {
        return jdbc.queryForObject("select count(*) from lead where last_name = ?", Long.class, lastName);
    }

    private String lastAudit(String action) {
        return jdbc.queryForObject("select details from audit_entry where action = ? order by id desc limit 1",
                String.class, action);
    }

    @Test
    void guessesColumnsFromCommonHeaderNamesEachOnlyOnce() {
        ImportFile file = imports.read("x.csv", ("First Name;Surname;E-mail address;Mobile;DOB;Condition;Lead source;"
                + "Notes;Privacy notice;Favourite colour;Email\nA;B;c@example.org;;;;;;;;\n").getBytes(StandardCharsets.UTF_8));

        assertThat(imports.guessColumns(file)).containsExactly(ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME,
                ImportColumn.EMAIL, ImportColumn.PHONE, ImportColumn.DATE_OF_BIRTH, ImportColumn.CONDITION,
                ImportColumn.SOURCE, ImportColumn.MESSAGE, ImportColumn.PRIVACY_NOTICE, ImportColumn.IGNORE,
                ImportColumn.IGNORE);
    }

    @Test
    void importsTheGoodRowsAsNewInquiriesAndRejectsTheBadOnesWithAMessageEach() {
        ImportPreview preview = preview("""
                First name,Last name,Email,Phone,Date of birth,Source,Condition,Consent,Privacy notice
                Avery,%1$s,avery.%1$s@example.org,,04/12/1980,referral,ptsd,yes,yes
                Robin,%1$s,not-an-email,,1980-13-01,,,maybe,
                ,%1$s,,,,,,,
                Jules,%1$s,,%2$s,,,Depression,no,no
                """.formatted(last, phone()));

        assertThat(preview.validCount()).isEqualTo(2);
        assertThat(preview.rows().get(1).errors()).containsExactlyInAnyOrder(
                "Date of birth: Write the date of birth as MM/DD/YYYY or YYYY-MM-DD (not \"1980-13-01\").",
                "Phone consent: Write yes or no (not \"maybe\").", "Email: Enter a valid email address.");
        assertThat(preview.rows().get(2).number()).isEqualTo(4);
        assertThat(preview.rows().get(2).errors()).contains("First name: Enter a name of 1 to 100 characters.",
                "Phone: Enter a phone number or an email address.");

        ImportResult result = imports.importLeads(preview, false, done -> { });

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(stored(last)).isEqualTo(2);
        LeadDetails avery = leads.get(result.keys().get(0));
        assertThat(avery.status()).isEqualTo("New inquiry");
        assertThat(avery.form().source()).isEqualTo(LeadSource.REFERRAL);
        assertThat(avery.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 12));
        assertThat(avery.form().conditionOfInterest()).isEqualTo("PTSD");
        assertThat(avery.form().emailConsent().source()).isEqualTo("CSV import");
        assertThat(avery.form().privacyNotice()).isNotNull();
        LeadDetails jules = leads.get(result.keys().get(1));
        assertThat(jules.form().source()).as("no source in the row: the default").isEqualTo(LeadSource.OTHER);
        assertThat(jules.phone()).startsWith("+1202");
        assertThat(jules.form().phoneConsent()).isNull();
        assertThat(workflow.get(jules.key()).summary()).isEqualTo("CSV import");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_CREATED' and entity_id in (?, ?)",
                Long.class, avery.key(), jules.key())).isEqualTo(2);
        assertThat(lastAudit("LEADS_IMPORTED")).contains("\"imported\":2", "\"rejected\":2", "\"rows\":4",
                "\"file\":\"leads.csv\"");
    }

    @Test
    void flagsPossibleDuplicatesOfStoredLeadsAndOfEarlierRowsAndSkipsThemUnlessAsked() {
        String number = phone();
        LeadDetails existing = leads.create(LeadForm.of("Dana", last, null, "dana." + last + "@example.org",
                LeadSource.PHONE));
        String csv = """
                Name,Email,Phone
                Dana %1$s,DANA.%1$s@example.org,
                Eli %1$s,,%2$s
                Eli %1$sx,,%2$s
                Fay %1$s,fay.%1$s@example.org,
                """.formatted(last, number);

        ImportPreview preview = preview(csv);

        assertThat(preview.rows().get(0).existing()).extracting(DuplicateCandidate::key).containsExactly(existing.key());
        assertThat(preview.rows().get(0).duplicateNote()).contains(existing.key(), "same e-mail");
        assertThat(preview.rows().get(2).sameAsRow()).isEqualTo(3);
        assertThat(preview.rows().get(2).duplicateNote()).contains("row 3 of this file");
        assertThat(preview.duplicateCount()).isEqualTo(2);
        assertThat(preview.toImport(false)).isEqualTo(2);
        String report = new String(imports.rejectedRows(preview, false), StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFName,Email,Phone,Error\r\n").contains("Possible duplicate of " + existing.key());

        ImportResult skipped = imports.importLeads(preview, false, done -> { });
        assertThat(skipped.imported()).isEqualTo(2);
        assertThat(skipped.skippedDuplicates()).isEqualTo(2);
        assertThat(stored(last)).isEqualTo(3);

        ImportResult all = imports.importLeads(preview(csv.replace(last, last + "y")), true, done -> { });
        assertThat(all.imported()).isEqualTo(4);
    }

    @Test
    void importsAllOrNothing() {
        ImportPreview preview = preview("First name,Last name,Email\nA,%1$s,a.%1$s@example.org\nB,%1$s,b.%1$s@example.org\n"
                .formatted(last));

        assertThatThrownBy(() -> imports.importLeads(preview, false, done -> {
            if (done == 2) {
                throw new IllegalStateException("the connection broke");
            }
        })).hasMessageContaining("the connection broke");

        assertThat(stored(last)).isZero();
    }

    @Test
    void refusesColumnsThatCannotMakeALead() {
        ImportFile file = imports.read("x.csv", "First name,Last name,Note,Email\nA,B,c,d@example.org\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> imports.preview(file, List.of(ImportColumn.FIRST_NAME, ImportColumn.IGNORE,
                ImportColumn.MESSAGE, ImportColumn.IGNORE), ImportOptions.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "columns", "contact"));
        assertThatThrownBy(() -> imports.preview(file, List.of(ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME,
                ImportColumn.EMAIL, ImportColumn.EMAIL), ImportOptions.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Only one column can hold email."));
    }

    @Test
    void readsDayFirstDatesWhenAsked() {
        ImportFile file = imports.read("x.csv", "First name,Last name,Email,Born\nA,%1$s,a.%1$s@example.org,04/05/1980\n"
                .formatted(last).getBytes(StandardCharsets.UTF_8));

        ImportPreview preview = imports.preview(file, imports.guessColumns(file), new ImportOptions(LeadSource.CAMPAIGN, true));

        assertThat(preview.rows().getFirst().form().dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 4));
        assertThat(preview.rows().getFirst().form().source()).isEqualTo(LeadSource.CAMPAIGN);
    }

    // Administrators used to import too; the duplicate check let them look up patients by phone or e-mail.
    @Test
    void onlyIntakeCoordinatorsImport() {
        byte[] csv = "First name,Last name,Email\nA,%1$s,a.%1$s@example.org\n".formatted(last).getBytes(StandardCharsets.UTF_8);
        ImportFile file = imports.read("x.csv", csv);
        ImportPreview preview = imports.preview(file, imports.guessColumns(file), ImportOptions.defaults());

        for (String role : List.of("MANAGER", "CLINICIAN", "ADMIN")) {
            SignedIn.as(role.toLowerCase(), role);
            assertThatThrownBy(() -> imports.read("x.csv", csv)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.preview(file, imports.guessColumns(file), ImportOptions.defaults()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.importLeads(preview, true, done -> { }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.rejectedRows(preview, true)).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.out();
        assertThatThrownBy(() -> imports.read("x.csv", csv))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(stored(last)).isZero();

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        ImportResult result = imports.importLeads(imports.preview(file, imports.guessColumns(file),
                ImportOptions.defaults()), false, done -> { });
        assertThat(result.imported()).isOne();
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'LEAD_CREATED' and entity_id = ?",
                String.class, result.keys().getFirst())).isEqualTo("intake");
    }

    @Test
    void anAdministratorCannotLookUpAPatientByPhoneThroughThePreview() {
        String phone = phone();
        LeadDetails stored = leads.create(LeadForm.of("Stored", last, phone, null, LeadSource.PHONE));
        SignedIn.as("admin", "ADMIN");

        assertThatThrownBy(() -> preview("First name,Last name,Phone\nX,Probe,%s\n".formatted(phone)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEADS_LISTED' and actor ="
                + " 'admin' and details like ?", Long.class, "%" + stored.key() + "%")).isZero();
    }

    @Test
    void thePreviewAuditsTheKeyOfEveryStoredLeadItNamesAsAPossibleDuplicate() {
        String phone = phone();
        LeadDetails stored = leads.create(LeadForm.of("Stored", last, phone, null, LeadSource.PHONE));

        ImportPreview preview = preview("First name,Last name,Phone\nX,%s,%s\n".formatted(last, phone));

        assertThat(preview.rows().getFirst().existing()).extracting(DuplicateCandidate::key).contains(stored.key());
        String audited = lastAudit("LEADS_LISTED");
        assertThat(audited).contains("possible duplicates of an import");
        assertThat(LeadServiceTest.keysIn(audited)).containsExactlyElementsOf(
                preview.rows().getFirst().existing().stream().map(DuplicateCandidate::key).toList());
    }

    @Test
    void theReaderLimitsAreTheServicesLimits() {
        assertThatThrownBy(() -> imports.read("big.csv", new byte[CsvReader.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("file")).contains("10 MB"));
    }
}
