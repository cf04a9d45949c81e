package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentChange;
import com.pathway.clinic.AppointmentService;
import com.pathway.clinic.Consent;
import com.pathway.clinic.EmailConsentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.Leads;
import com.pathway.mail.internal.LeadMail;
import com.pathway.mail.internal.Mailer;
import com.pathway.mail.internal.Outbox;
import com.pathway.mail.internal.TemplateStore;
import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * E-mail to leads only with their e-mail consent: the confirmation of a booked consultation with a signed
 * unsubscribe link, nothing for a lead without consent, a withdrawal (link or lead edit) that stops every
 * pending message and shows in the changelog, used and forged links refused, and what was sent in the
 * lead's timeline. Mentions are copied by e-mail without the note.
 */
@WorkflowTest
class LeadMailTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    EmailConsentService consent;

    @Autowired
    LeadTimeline timeline;

    @Autowired
    Outbox outbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    ClinicProperties clinic;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TemplateStore templates;

    @Autowired
    MailProperties properties;

    @Autowired
    AppointmentService appointments;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void bookingAConsultationWritesTheConfirmationWithAnUnsubscribeLinkAndNoHealthInformation() {
        String key = bookedLead("Marisol", "marisol.mail@example.org");

        Outbox.Message m = pendingTo("marisol.mail@example.org").get(0);
        assertThat(m.kind()).isEqualTo(MessageKind.CONSULTATION_CONFIRMATION);
        assertThat(m.leadKey()).isEqualTo(key);
        assertThat(m.body()).contains("Dear Marisol,").contains(clinic.name()).contains("/unsubscribe?token=")
                .doesNotContain("depression").doesNotContain("Asked about");
    }

    @Test
    void aLeadWithoutEmailConsentGetsNoEmail() {
        String key = leads.create(withoutEmailConsent(Leads.form("Noel", "Quist", "+12025550144",
                "noel.mail@example.org"))).key();
        schedule(key);

        assertThat(pendingTo("noel.mail@example.org")).isEmpty();
        assertThat(consent.recipient(leadId(key))).isEmpty();
        assertThat(consent.unsubscribeToken(leadId(key))).isEmpty();
    }

    @Test
    void theUnsubscribeLinkWithdrawsConsentStopsPendingMailAndCannotBeUsedTwice() {
        String key = bookedLead("Odile", "odile.mail@example.org");
        String token = consent.unsubscribeToken(leadId(key)).orElseThrow();
        SignedIn.out(); // the public page has nobody signed in

        assertThat(consent.unsubscribe(token)).isEqualTo("Odile");

        assertThat(pendingTo("odile.mail@example.org")).isEmpty();
        assertThat(outbox.latest(500)).filteredOn(m -> m.recipient().equals("odile.mail@example.org"))
                .extracting(Outbox.Message::status).containsOnly(Outbox.Status.CANCELLED);
        assertThatThrownBy(() -> consent.unsubscribe(token)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already used");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThat(leads.get(key).form().emailConsent()).isNull();
        assertThat(timelineText(key)).anyMatch(t -> t.contains("withdrawn") && t.contains("unsubscribe link"));
    }

    @Test
    void forgedOrMangledUnsubscribeLinksAreRefused() {
        String key = bookedLead("Pia", "pia.mail@example.org");
        String token = consent.unsubscribeToken(leadId(key)).orElseThrow();
        String otherLead = token.replaceFirst("^.", token.charAt(0) == 'A' ? "B" : "A");

        for (String bad : new String[] {null, "", "nonsense", token + "x", otherLead, token.substring(0, token.indexOf('.'))}) {
            assertThatThrownBy(() -> consent.unsubscribe(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid");
        }
        assertThat(leads.get(key).form().emailConsent()).isNotNull();
        assertThat(pendingTo("pia.mail@example.org")).hasSize(1);
    }

    @Test
    void clearingTheConsentOnTheLeadStopsPendingMail() {
        String key = bookedLead("Quentin", "quentin.mail@example.org");
        LeadDetails lead = leads.get(key);

        leads.update(key, withoutEmailConsent(lead.form()), lead.version());

        assertThat(pendingTo("quentin.mail@example.org")).isEmpty();
        assertThat(outbox.latest(500)).filteredOn(m -> m.recipient().equals("quentin.mail@example.org"))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Outbox.Status.CANCELLED));
    }

    @Test
    void whatWasSentShowsInTheLeadsTimeline() {
        String key = bookedLead("Rhea", "rhea.mail@example.org");
        Outbox.Message m = pendingTo("rhea.mail@example.org").get(0);
        Instant now = Instant.now();
        assertThat(outbox.claim(m.id(), "test", now, now.plusSeconds(60))).isTrue();
        assertThat(outbox.sent(m.id(), "test", now)).isTrue();

        assertThat(timelineText(key)).contains("E-mail sent: Consultation confirmation", "Subject: " + m.subject());
    }

    @Test
    void aMentionIsCopiedByEmailWithoutTheNote() {
        jdbc.update("update app_user set email = 'clinician.mail@example.org' where username = 'clinician'");
        try {
            transactions.executeWithoutResult(s -> notifications.send(new NewNotification("clinician", "mention",
                    "Ivy Intake mentioned you on PW-77", "leads/PW-77", "intake")));
        } finally {
            jdbc.update("update app_user set email = null where username = 'clinician'");
        }
        Outbox.Message m = pendingTo("clinician.mail@example.org").get(0);
        assertThat(m.kind()).isEqualTo(MessageKind.MENTION);
        assertThat(m.subject()).isEqualTo("Ivy Intake mentioned you on PW-77");
        assertThat(m.body()).contains("Sign in to read the note").contains("leads/PW-77");
    }

    @Test
    void theReminderGoesOutTheDayBeforeOnceEvenWhenTwoSchedulersRace() throws Exception {
        bookedLead("Sunniva", "sunniva.mail@example.org");
        ZoneId zone = clinic.timeZone();
        LocalDateTime dayBefore = LocalDateTime.now(zone).plusDays(6).truncatedTo(ChronoUnit.DAYS);
        LeadMail early = job(dayBefore.withHour(8));
        LeadMail onTime = job(dayBefore.withHour(12));

        assertThat(early.remind()).isZero(); // before pathway.mail.reminder-at
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(onTime::remind);
            var b = pool.submit(job(dayBefore.withHour(12))::remind);
            a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            b.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        onTime.remind();

        assertThat(outbox.latest(500)).filteredOn(m -> m.recipient().equals("sunniva.mail@example.org"))
                .filteredOn(m -> m.kind() == MessageKind.CONSULTATION_REMINDER).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Dear Sunniva,").contains("tomorrow"));
    }

    @Test
    void reschedulingWithdrawsThePendingReminderAndTheNewTimeGetsItsOwn() {
        String key = bookedLead("Tove", "tove.mail@example.org");
        ZoneId zone = clinic.timeZone();
        LocalDateTime oldTime = LocalDateTime.now(zone).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(10);
        LocalDateTime newTime = oldTime.plusDays(3).withHour(15);
        assertThat(job(oldTime.minusDays(1).withHour(12)).remind()).isPositive();
        assertThat(pendingTo("tove.mail@example.org")).extracting(Outbox.Message::kind)
                .contains(MessageKind.CONSULTATION_REMINDER);

        appointments.reschedule(key, new AppointmentChange(newTime, "clinician", "Telehealth", null));

        List<Outbox.Message> pending = pendingTo("tove.mail@example.org");
        assertThat(pending).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.CONSULTATION_CONFIRMATION);
            assertThat(m.subject()).contains(Appointment.when(newTime.atZone(zone).toInstant(), zone));
        });
        assertThat(outbox.latest(500)).filteredOn(m -> m.recipient().equals("tove.mail@example.org"))
                .filteredOn(m -> m.status() == Outbox.Status.CANCELLED).extracting(Outbox.Message::kind)
                .containsExactlyInAnyOrder(MessageKind.CONSULTATION_CONFIRMATION, MessageKind.CONSULTATION_REMINDER);
        assertThat(job(oldTime.minusDays(1).withHour(13)).remind()).as("nothing is due the day before the old time")
                .isZero();
        assertThat(job(newTime.minusDays(1).withHour(12)).remind()).isPositive();
        assertThat(pendingTo("tove.mail@example.org")).filteredOn(m -> m.kind() == MessageKind.CONSULTATION_REMINDER)
                .singleElement().satisfies(m -> assertThat(m.body())
                        .contains(Appointment.when(newTime.atZone(zone).toInstant(), zone)));
    }

    @Test
    void cancellingTheAppointmentWithdrawsItsConfirmationAndReminder() {
        String key = bookedLead("Ulla", "ulla.mail@example.org");
        LocalDateTime dayBefore = LocalDateTime.now(clinic.timeZone()).plusDays(6).truncatedTo(ChronoUnit.DAYS)
                .withHour(12);
        assertThat(job(dayBefore).remind()).isPositive();

        appointments.cancel(key, null);

        assertThat(pendingTo("ulla.mail@example.org")).isEmpty();
        assertThat(outbox.latest(500)).filteredOn(m -> m.recipient().equals("ulla.mail@example.org"))
                .hasSize(2).allSatisfy(m -> assertThat(m.status()).isEqualTo(Outbox.Status.CANCELLED));
        assertThat(job(dayBefore.plusHours(1)).remind()).isZero();
        assertThat(pendingTo("ulla.mail@example.org")).isEmpty();
    }

    private LeadMail job(LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(clinic.timeZone()).toInstant(), clinic.timeZone());
        return new LeadMail(new Mailer(outbox, templates, clock), outbox, consent, properties, clinic, transactions,
                clock);
    }

    private String bookedLead(String first, String email) {
        String key = leads.create(Leads.withEmailConsent(Leads.form(first, "Mailtest",
                "+12025550" + (100 + (int) (Math.random() * 800)), email),
                new Consent(Instant.parse("2026-02-01T09:00:00Z"), "web form"))).key();
        schedule(key);
        return key;
    }

    private static LeadForm withoutEmailConsent(LeadForm f) {
        return Leads.withEmailConsent(f, null);
    }

    private void schedule(String key) {
        Leads.bookConsultation(workflow, clinic.timeZone(), key);
    }

    private long leadId(String key) {
        return jdbc.queryForObject("select id from lead where item_key = ?", Long.class, key);
    }

    private List<Outbox.Message> pendingTo(String address) {
        return outbox.latest(500).stream().filter(m -> m.recipient().equals(address))
                .filter(m -> m.status() == Outbox.Status.PENDING).toList();
    }

    private List<String> timelineText(String key) {
        return timeline.newest(key, 30).entries().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.title()), e.details().stream())).toList();
    }
}
