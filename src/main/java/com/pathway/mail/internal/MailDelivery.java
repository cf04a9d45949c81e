package com.pathway.mail.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.pathway.clinic.EmailConsentService;
import com.pathway.mail.MailProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends due messages from the outbox by SMTP. Each message is claimed first (one node wins), sent outside
 * any database transaction, then marked sent; a failure is tried again after a pause that doubles each
 * time, until the attempts run out. A message to a lead is sent only while the lead's e-mail consent
 * stands, and is cancelled otherwise. Every message carries a Message-ID made from its outbox id, so the
 * one case no outbox can exclude (the node dies after the server accepted the message and before it
 * wrote "sent") shows as the same message twice, which mail clients fold into one.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final EmailConsentService consent;
    private final MailProperties properties;
    private final Clock clock;
    private final String node;

    @Autowired
    public MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> sender, EmailConsentService consent,
            MailProperties properties, Clock clock) {
        this(outbox, sender, consent, properties, clock, ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A delivery acting as the node {@code node} (tests run several in one process). */
    public MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> sender, EmailConsentService consent,
            MailProperties properties, Clock clock, String node) {
        this.outbox = outbox;
        this.sender = sender;
        this.consent = consent;
        this.properties = properties;
        this.clock = clock;
        this.node = node;
    }

    @Scheduled(fixedDelayString = "${pathway.mail.poll-interval:10s}", initialDelayString = "${pathway.mail.poll-interval:10s}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "10m")
    public void deliverOnSchedule() {
        if (properties.deliver()) {
            deliverDue();
        }
    }

    /** Sends the messages due now (at most one batch) that this node could claim; returns how many it sent. */
    public int deliverDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0; // no SMTP server configured (spring.mail.host): messages wait in the outbox
        }
        int sent = 0;
        for (long id : outbox.due(clock.instant(), properties.batchSize())) {
            Instant now = clock.instant();
            if (outbox.claim(id, node, now, now.plus(properties.claimFor())) && attempt(mail, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(JavaMailSender mail, long id) {
        Optional<Outbox.Message> found = outbox.find(id);
        if (found.isEmpty()) {
            return false;
        }
        Outbox.Message m = found.get();
        if (m.leadId() != null && m.kind().toLead() && consent.recipient(m.leadId()).isEmpty()) {
            outbox.cancel(id, "The lead's e-mail consent is withdrawn.", clock.instant());
            return false;
        }
        try {
            mail.send(message(mail, m));
        } catch (MailException | MessagingException e) {
            Instant now = clock.instant();
            Instant next = m.attempts() >= properties.maxAttempts() ? null : now.plus(pause(m.attempts()));
            outbox.failed(id, node, MailErrors.generic(e), next);
            log.info("E-mail {} ({}) not sent, attempt {}: {}", id, m.kind(), m.attempts(), e.getMessage());
            return false;
        }
        if (!outbox.sent(id, node, clock.instant())) {
            log.warn("E-mail {} was sent after this node's claim ran out", id);
        }
        return true;
    }

    /** The pause after the {@code attempts}-th failure: the first pause, doubled each time, at most the longest. */
    Duration pause(int attempts) {
        Duration pause = properties.firstRetryAfter();
        for (int i = 1; i < attempts && pause.compareTo(properties.maxRetryPause()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(properties.maxRetryPause()) > 0 ? properties.maxRetryPause() : pause;
    }

    private MimeMessage message(JavaMailSender mail, Outbox.Message m) throws MessagingException {
        String messageId = "<pathway-outbox-" + m.id() + "@" + domain() + ">";
        MimeMessage message = mail instanceof JavaMailSenderImpl impl ? new FixedIdMessage(impl.getSession(), messageId)
                : mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(m.recipient());
        helper.setSubject(m.subject());
        helper.setText(m.body(), false);
        return message;
    }

    private String domain() {
        String from = properties.from();
        return from.substring(from.lastIndexOf('@') + 1).replace(">", "");
    }

    /** Keeps the Message-ID it was given, so every attempt of one outbox message has the same one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

}
