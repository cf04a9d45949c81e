package com.pathway.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.mail.internal.Outbox;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;

/**
 * The outbox for administrators: every message with its state, attempts, next attempt and generic error, but
 * never its subject or text (a message to a lead names it by key only); and sending a failed message again,
 * which is audited.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class OutboxService {

    /** The most messages one page lists. */
    public static final int MAX_PAGE = 200;

    private final Outbox outbox;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public OutboxService(Outbox outbox, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Messages in {@code state} (every state with null), newest first, from {@code offset}. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(OutboxEntry.State state, int offset, int limit) {
        return outbox.list(status(state), Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE))).stream()
                .map(OutboxService::entry).toList();
    }

    @Transactional(readOnly = true)
    public long count(OutboxEntry.State state) {
        return outbox.count(status(state));
    }

    /**
     * Queues a failed message again, due at once with its attempts counted afresh (a message to a lead is
     * still sent only while the lead's e-mail consent stands). Refused unless the message failed.
     */
    public void retry(long id) {
        Outbox.Message m = outbox.find(id).orElseThrow(() -> new NotFoundException("There is no message " + id + "."));
        if (!outbox.retry(id, clock.instant())) {
            throw new ConflictException("Message " + id + " is " + m.status().name().toLowerCase()
                    + ", not failed: only a failed message is sent again.");
        }
        audit.record(new AuditRecord("MAIL_RETRIED", currentUser.usernameOrSystem(), "MAIL_OUTBOX",
                String.valueOf(id), AuditOutcome.SUCCESS, null, Map.of("kind", m.kind().name())));
    }

    private static Outbox.Status status(OutboxEntry.State state) {
        return state == null ? null : Outbox.Status.valueOf(state.name());
    }

    private static OutboxEntry entry(Outbox.Listed m) {
        boolean toLead = m.kind().toLead();
        String to = toLead ? "Lead " + (m.leadKey() == null ? "?" : m.leadKey())
                : m.username() == null ? "—" : m.username();
        return new OutboxEntry(m.id(), m.kind(), to, OutboxEntry.State.valueOf(m.status().name()), m.attempts(),
                m.createdAt(), m.status() == Outbox.Status.PENDING ? m.nextAttemptAt() : null, m.sentAt(),
                m.lastError());
    }
}
