package com.pathway.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.mail.internal.TemplateRenderer;
import com.pathway.mail.internal.TemplateStore;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.Validation;

/**
 * The templates of every message, for administrators: read, preview with example values, change (checked
 * as a whole first: unknown placeholders, a message to leads without its unsubscribe link and empty
 * fields are refused, nothing is saved), and go back to the shipped default. Changes are audited.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class MailTemplateService {

    private final TemplateStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MailTemplateService(TemplateStore store, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every message's template in use, in the order of {@link MessageKind}. */
    @Transactional(readOnly = true)
    public List<MailTemplate> all() {
        return Arrays.stream(MessageKind.values()).map(store::current).toList();
    }

    @Transactional(readOnly = true)
    public MailTemplate get(MessageKind kind) {
        return store.current(required(kind));
    }

    /** The message this subject and body would give, with example values; refused as {@link #save} would refuse it. */
    @Transactional(readOnly = true)
    public RenderedMail preview(MessageKind kind, String subject, String body) {
        checked(required(kind), subject, body);
        return TemplateRenderer.render(kind, subject, body, TemplateRenderer.examples(kind));
    }

    /** Replaces the kind's template, once every check passes. */
    public MailTemplate save(MessageKind kind, String subject, String body) {
        checked(required(kind), subject, body);
        String by = currentUser.usernameOrSystem();
        store.save(kind, subject.strip(), body, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(new AuditRecord("MAIL_TEMPLATE_CHANGED", by, "MAIL_TEMPLATE", kind.name(), AuditOutcome.SUCCESS,
                null, Map.of()));
        return store.current(kind);
    }

    /** Goes back to the shipped default. */
    public MailTemplate reset(MessageKind kind) {
        if (store.reset(required(kind))) {
            audit.record(new AuditRecord("MAIL_TEMPLATE_RESET", currentUser.usernameOrSystem(), "MAIL_TEMPLATE",
                    kind.name(), AuditOutcome.SUCCESS, null, Map.of()));
        }
        return store.current(kind);
    }

    private static MessageKind required(MessageKind kind) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "Choose a message.");
        }
        return kind;
    }

    private static void checked(MessageKind kind, String subject, String body) {
        Validation errors = new Validation();
        TemplateRenderer.check(kind, subject, body, errors);
        errors.throwIfInvalid();
    }
}
