package com.pathway.mail.internal;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.mail.MailTemplate;
import com.pathway.mail.MessageKind;
import com.pathway.mail.RenderedMail;

/**
 * Writes a message into the outbox from the kind's template in use, in the caller's transaction. A
 * template was checked when it was saved; should it still fail to render, the shipped default is used,
 * so a message is never lost to an edit.
 */
@Component
public class Mailer {

    private final Outbox outbox;
    private final TemplateStore templates;
    private final Clock clock;

    public Mailer(Outbox outbox, TemplateStore templates, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    /** Writes the message unless one with the same dedupe key was written before; returns whether it wrote it. */
    public boolean write(MessageKind kind, String dedupeKey, String recipient, String username, Long leadId,
            String leadKey, Map<String, String> values) {
        RenderedMail mail = render(kind, values);
        return outbox.enqueue(new Outbox.NewMessage(dedupeKey, kind, recipient, username, leadId, leadKey,
                mail.subject(), mail.body()), clock.instant());
    }

    /** Whether the message with this dedupe key was written already (a job skips the work of writing it again). */
    public boolean written(String dedupeKey) {
        return outbox.exists(dedupeKey);
    }

    RenderedMail render(MessageKind kind, Map<String, String> values) {
        MailTemplate t = templates.current(kind);
        try {
            return TemplateRenderer.render(kind, t.subject(), t.body(), values);
        } catch (IllegalArgumentException e) {
            return TemplateRenderer.render(kind, kind.defaultSubject(), kind.defaultBody(), values);
        }
    }
}
