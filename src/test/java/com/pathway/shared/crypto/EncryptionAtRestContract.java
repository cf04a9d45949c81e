package com.pathway.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.Leads;
import com.pathway.clinic.outcomes.NewMeasure;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.clinic.screening.AnswerInput;
import com.pathway.clinic.screening.ItemKind;
import com.pathway.clinic.screening.ScreeningDraft;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.NewCourse;
import com.pathway.clinic.treatment.Severity;
import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.notes.NewNote;
import com.pathway.notes.NoteService;
import com.pathway.notes.NoteView;
import com.pathway.notes.NoteVisibility;
import com.pathway.security.Role;
import com.pathway.security.SecondStepResult;
import com.pathway.security.TotpEnrolment;
import com.pathway.security.TwoFactorService;
import com.pathway.security.internal.Totp;
import com.pathway.support.TestAccounts;
import com.pathway.webhook.NewWebhook;
import com.pathway.webhook.WebhookService;

/**
 * Encryption at rest on a real database: every covered field, written through its service, is stored as an
 * envelope of the current key that holds none of its text, and reads back as written; a rotation moves every
 * value (plain ones from before encryption included) to the new key, after which the old key may go.
 * Run on H2 and on PostgreSQL; each run has a database of its own with the demo key current and a second
 * key, {@code next}, configured beside it.
 */
abstract class EncryptionAtRestContract {

    static final String NEXT_KEY = "bmV4dC1rZXktZm9yLXRoZS1yb3RhdGlvbi10ZXN0cyE=";
    static final String DEMO_KEY = "ZGVtby1rZXktcHVibGlzaGVkLW5vdC1hLXNlY3JldCE=";

    @Autowired
    LeadService leads;
    @Autowired
    NoteService notes;
    @Autowired
    ScreeningService screenings;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TreatmentService courses;
    @Autowired
    InfusionService sessions;
    @Autowired
    WebhookService webhooks;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<EncryptedColumns> declared;
    @Autowired
    KeyRotation rotation;
    @Autowired
    ColumnCipher cipher;
    @Autowired
    Clock clock;
    @Autowired
    com.pathway.clinic.internal.InquiryInbox inbox;
    @Autowired
    com.pathway.clinic.internal.InquiryIntake intake;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    String marker;
    String clinician;
    String key;
    String inquiryReference;
    long sessionId;
    /** Purpose label to the plain values written into that column by this test. */
    Map<String, List<String>> written = new HashMap<>();

    @BeforeEach
    void everyCoveredFieldWrittenThroughItsService() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = TestAccounts.uniqueName("coord");
        accounts.create(coordinator, Role.INTAKE_COORDINATOR);
        clinician = TestAccounts.uniqueName("clin");
        accounts.create(clinician, Role.CLINICIAN);
        String admin = TestAccounts.uniqueName("admin");
        accounts.create(admin, Role.ADMIN);

        accounts.signIn(coordinator);
        key = leads.create(Leads.withClinician(Leads.form("Iris", "Calder", "(202) 555-0161", null), clinician)).key();
        write("lead.message", "Asked about a consultation.");
        // A web inquiry waiting in the inbox for its lead (this context's background is off).
        inquiryReference = intake.newReference();
        LeadForm inquiry = intake.check(withMessage(Leads.form("Wren", "Calder", "(202) 555-0162", null),
                "Asking for my son's PTSD " + marker));
        write("inquiry_inbox.form", json.writeValueAsString(inquiry));
        inbox.receive(inquiry, inquiryReference, null, null, 201, "{}");
        notes.write(key, new NewNote(write("note.body", "Prefers calls after 5 pm " + marker), null));

        accounts.signIn(clinician);
        notes.write(key, new NewNote(write("note.body", "History of panic attacks " + marker), NoteVisibility.CLINICAL));
        List<AnswerInput> answers = screenings.get(key).checklist().stream()
                .map(i -> i.kind() == ItemKind.TEXT ? new AnswerInput(i.id(), null, "Mild tinnitus " + marker)
                        : new AnswerInput(i.id(), false, null))
                .toList();
        screenings.saveDraft(key, new ScreeningDraft(answers, null));
        write("screening_answer.note", "Mild tinnitus " + marker);
        write("screening_answer.answer", "NO");
        outcomes.record(key, new NewMeasure("PHQ-9", List.of(1, 0, 2, 1, 0, 1, 2, 1, 0)));
        write("outcome_measure.answers", "1,0,2,1,0,1,2,1,0");
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock), null));
        Instant start = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.record(key, new SessionForm(start, start.plus(40, ChronoUnit.MINUTES), null,
                List.of(new SessionForm.DoseStep(start, new BigDecimal("10"), "mg")),
                List.of(new SessionForm.Vitals(start, 130, 80, 72, 98, 14)),
                List.of(new SessionForm.SideEffect("Nausea", Severity.MILD, start.plus(12, ChronoUnit.MINUTES))),
                write("infusion_session.observation", "Settled after the second step " + marker)));
        sessionId = session.id();
        session = sessions.sign(key, sessionId, session.version());
        sessions.addAddendum(key, sessionId, write("infusion_addendum.body", "Blood pressure 150/90 " + marker));
        courses.stop(key, write("treatment_course.stop_reason", "Moved to another state " + marker),
                courses.course(key).orElseThrow().version());
        TotpEnrolment offer = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(offer.secret(), Totp.code(offer.secret(), Totp.step(clock.instant())));
        write("app_user.mfa_secret", offer.secret());

        accounts.signIn(admin);
        write("webhook.secret", webhooks.register(new NewWebhook("Records " + marker, "http://127.0.0.1:9/hook",
                Set.of(webhooks.eventTypes().getFirst().name()))).secret());
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static LeadForm withMessage(LeadForm f, String message) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), LeadSource.WEB_FORM, f.campaignSource(),
                f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(),
                f.coordinator(), f.clinician(), message);
    }

    private String write(String purpose, String plain) {
        written.computeIfAbsent(purpose, p -> new ArrayList<>()).add(plain);
        return plain;
    }

    @Test
    void everyCoveredColumnHoldsOnlyEnvelopesOfTheCurrentKeyAndNoneOfTheText() {
        assertThat(rotation.columns()).extracting(EncryptedColumn::purpose)
                .as("every encrypted column is written by this test").containsExactlyInAnyOrderElementsOf(written.keySet());
        for (EncryptedColumn column : rotation.columns()) {
            List<String> raw = raw(column);
            assertThat(raw).as(column.purpose()).isNotEmpty().allMatch(v -> v.startsWith("enc:v1:"));
            for (String plain : written.get(column.purpose())) {
                // ("NO" may well occur in Base64 by chance; longer text may not)
                assertThat(raw).as(column.purpose())
                        .noneMatch(v -> v.equals(plain) || plain.length() > 3 && v.contains(plain));
                assertThat(raw).as(column.purpose() + ": written now, with the current key")
                        .filteredOn(v -> plain.equals(cipher.decrypt(column.purpose(), v)))
                        .anyMatch(v -> v.startsWith("enc:v1:demo:"));
            }
        }
        assertThat(raw(EncryptedColumn.of("note", "body"))).as("a random IV per value").doesNotHaveDuplicates();
        assertReadsAsWritten();
    }

    @Test
    void rotationMovesEveryValueToTheNewKeyEncryptsPlainValuesAndTheOldKeyMayThenGo() {
        accounts.signIn(clinician);
        // a message written before encryption existed, straight into the column
        jdbc.update("update lead set message = ? where item_key = ?", "Legacy message " + marker, key);
        written.put("lead.message", List.of("Legacy message " + marker));
        assertThat(leads.get(key).form().message()).as("a plain value still reads").isEqualTo("Legacy message " + marker);

        ColumnCipher next = ColumnCipher.of(Map.of("demo", DEMO_KEY, "next", NEXT_KEY), "next");
        RotationReport report = rotator(next).rotate();

        assertThat(report.complete()).isTrue();
        assertThat(report.columns().get("lead.message").encrypted()).isEqualTo(1);
        assertThat(report.total(RotationReport.Counts::reencrypted)).isGreaterThanOrEqualTo(written.values().stream()
                .mapToInt(List::size).sum() - 1);
        ColumnCipher withoutTheOldKey = ColumnCipher.of(Map.of("next", NEXT_KEY), "next");
        for (EncryptedColumn column : rotation.columns()) {
            List<String> raw = raw(column);
            assertThat(raw).as(column.purpose()).isNotEmpty().allMatch(v -> v.startsWith("enc:v1:next:"));
            assertThat(raw).as(column.purpose()).extracting(v -> withoutTheOldKey.decrypt(column.purpose(), v))
                    .containsAll(written.get(column.purpose()));
        }
        RotationReport again = rotator(next).rotate();
        assertThat(again.total(RotationReport.Counts::encrypted) + again.total(RotationReport.Counts::reencrypted))
                .as("a second run finds nothing to do").isZero();
        assertReadsAsWritten();
    }

    /** A rotation with another cipher than the application's, in batches of two (so it pages on composite keys). */
    private KeyRotation rotator(ColumnCipher with) {
        return new KeyRotation(named, transactions, with, declared, new EncryptionProperties(Map.of(), null, false, 2, false));
    }

    private void assertReadsAsWritten() {
        accounts.signIn(clinician);
        assertThat(leads.get(key).form().message()).isEqualTo(written.get("lead.message").getFirst());
        assertThat(notes.list(key, PageRequest.of(0, 10)).getContent()).extracting(NoteView::text)
                .containsExactlyInAnyOrderElementsOf(written.get("note.body"));
        assertThat(screenings.get(key).current().answers()).extracting(a -> a.note())
                .contains("Mild tinnitus " + marker);
        assertThat(outcomes.history(key).instruments().getFirst().measures().getFirst().answers())
                .containsExactly(1, 0, 2, 1, 0, 1, 2, 1, 0);
        SessionView session = sessions.session(key, sessionId);
        assertThat(session.observation()).isEqualTo(written.get("infusion_session.observation").getFirst());
        assertThat(session.addenda()).extracting(SessionView.Addendum::text)
                .containsExactlyElementsOf(written.get("infusion_addendum.body"));
        assertThat(courses.course(key).orElseThrow().stopReason())
                .isEqualTo(written.get("treatment_course.stop_reason").getFirst());
        assertThat(inbox.drain()).as("the waiting inquiry becomes its lead").isEqualTo(1);
        assertThat(cipher.decrypt("lead.message", jdbc.queryForObject(
                "select message from lead where inquiry_reference = ?", String.class, inquiryReference)))
                .isEqualTo("Asking for my son's PTSD " + marker);
        String secret = written.get("app_user.mfa_secret").getFirst();
        assertThat(twoFactor.verify(Totp.code(secret, Totp.step(clock.instant()) + 1)))
                .as("the TOTP secret reads back").isEqualTo(SecondStepResult.VERIFIED);
        accounts.signOut();
    }

    private List<String> raw(EncryptedColumn column) {
        return jdbc.queryForList("select " + column.column() + " from " + column.table() + " where " + column.column()
                + " is not null", String.class);
    }
}
