package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.mail.internal.Mailer;
import com.pathway.mail.internal.Outbox;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.SignedIn;

/**
 * The administrators' outbox: each message's state, attempts, next attempt and generic error without its
 * subject or text (a lead by key only), and a failed message sent again once, audited; nothing else is
 * sent again, and nobody but an administrator reads it. The subclasses run it on H2 and on PostgreSQL.
 */
abstract class OutboxScenarios {

    @Autowired
    OutboxService service;

    @Autowired
    Outbox outbox;

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignedIn.as("admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void listsStateAttemptsAndTheGenericErrorButNeverTheSubjectTextOrALeadsAddress() {
        long staff = failedStaffMessage();
        long toLead = leadMessage("lena.outbox-" + UUID.randomUUID() + "@example.org");

        OutboxEntry failed = service.list(OutboxEntry.State.FAILED, 0, 200).stream().filter(e -> e.id() == staff)
                .findFirst().orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxEntry.State.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error()).isEqualTo("The mail server could not be reached.");
        assertThat(failed.to()).isEqualTo("dana");
        assertThat(failed.nextAttemptAt()).isNull();

        OutboxEntry queued = service.list(OutboxEntry.State.PENDING, 0, 200).stream().filter(e -> e.id() == toLead)
                .findFirst().orElseThrow();
        assertThat(queued.to()).isEqualTo("Lead PW-4242");
        assertThat(queued.nextAttemptAt()).isNotNull();
        assertThat(queued.toString()).doesNotContain("@example.org").doesNotContain("Dear Lena")
                .doesNotContain("consultation");
        assertThat(service.list(OutboxEntry.State.FAILED, 0, 200)).noneMatch(e -> e.id() == toLead);
        assertThat(service.count(null)).isGreaterThanOrEqualTo(2);
        assertThat(service.count(OutboxEntry.State.FAILED))
                .isEqualTo(jdbc.queryForObject("select count(*) from mail_outbox where status = 'FAILED'", Long.class));
    }

    @Test
    void aFailedMessageIsQueuedAgainOnceDueAtOnceAndAudited() {
        long id = failedStaffMessage();

        service.retry(id);

        Outbox.Message again = outbox.find(id).orElseThrow();
        assertThat(again.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(outbox.due(Instant.now().plusSeconds(1), 10_000)).contains(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MAIL_RETRIED'"
                + " and entity_id = ? and actor = 'admin'", Long.class, String.valueOf(id))).isOne();
        assertThatThrownBy(() -> service.retry(id)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a failed message");
    }

    @Test
    void onlyAFailedMessageIsSentAgainAndAnUnknownOneIsNotFound() {
        long pending = leadMessage("mo.outbox-" + UUID.randomUUID() + "@example.org");

        assertThatThrownBy(() -> service.retry(pending)).isInstanceOf(ConflictException.class);
        assertThat(outbox.find(pending).orElseThrow().status()).isEqualTo(Outbox.Status.PENDING);
        assertThatThrownBy(() -> service.retry(987_654_321L)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MAIL_RETRIED'"
                + " and entity_id = ?", Long.class, String.valueOf(pending))).isZero();
    }

    @Test
    void nobodyButAnAdministratorReadsTheOutbox() {
        for (String role : new String[] {"MANAGER", "INTAKE_COORDINATOR", "CLINICIAN"}) {
            SignedIn.as("someone", role);
            assertThatThrownBy(() -> service.list(null, 0, 10)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.retry(1)).as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private long failedStaffMessage() {
        String to = "dana.outbox-" + UUID.randomUUID() + "@example.org";
        transactions.executeWithoutResult(s -> mailer.write(MessageKind.TASK_DUE, "outbox-test:" + to, to, "dana",
                null, "PW-1", Map.of("name", "Dana", "task", "Call", "dueAt", "Tue Dec 9, 10:00", "leadKey", "PW-1",
                        "link", "http://localhost/leads/PW-1")));
        long id = idTo(to);
        Instant now = Instant.now().plusSeconds(5);
        assertThat(outbox.claim(id, "test", now, now.plusSeconds(60))).isTrue();
        outbox.failed(id, "test", "The mail server could not be reached.", null);
        return id;
    }

    private long leadMessage(String to) {
        transactions.executeWithoutResult(s -> mailer.write(MessageKind.CONSULTATION_CONFIRMATION,
                "outbox-test:" + to, to, null, 4242L, "PW-4242", Map.of("firstName", "Lena", "clinicName", "Clinic",
                        "appointmentTime", "Tue Dec 9, 10:00", "mode", "Telehealth", "unsubscribeLink", "http://x/u")));
        return idTo(to);
    }

    private long idTo(String to) {
        return jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, to);
    }
}
