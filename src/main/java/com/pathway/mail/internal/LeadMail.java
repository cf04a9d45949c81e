package com.pathway.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentBooked;
import com.pathway.clinic.AppointmentCancelled;
import com.pathway.clinic.EmailConsentService;
import com.pathway.clinic.EmailConsentWithdrawn;
import com.pathway.clinic.EmailRecipient;
import com.pathway.mail.MailProperties;
import com.pathway.mail.MessageKind;
import com.pathway.shared.ClinicProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mail to leads, only while their e-mail consent stands: the confirmation when a consultation is booked
 * or moved (written in the booking's transaction) and the reminder the day before (a job, one node at a
 * time, each message once by its dedupe key). A withdrawal of consent cancels every pending message to the
 * lead in the transaction that records it. Moving or cancelling the appointment withdraws its pending
 * confirmation and reminder; a moved one gets its new confirmation, and its reminder the day before the new time.
 */
@Component
public class LeadMail {

    private final Mailer mailer;
    private final Outbox outbox;
    private final EmailConsentService consent;
    private final MailProperties properties;
    private final ClinicProperties clinic;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public LeadMail(Mailer mailer, Outbox outbox, EmailConsentService consent, MailProperties properties,
            ClinicProperties clinic, TransactionTemplate transactions, Clock clock) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.consent = consent;
        this.properties = properties;
        this.clinic = clinic;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What an appointment's messages are; when it moves or is cancelled, those still pending are withdrawn. */
    static final List<MessageKind> APPOINTMENT_MAIL = List.of(MessageKind.CONSULTATION_CONFIRMATION,
            MessageKind.CONSULTATION_REMINDER);

    @EventListener
    public void booked(AppointmentBooked booked) {
        if (booked.rescheduled()) {
            // the reminder job writes the new time's reminder (its own dedupe key) when that day comes
            outbox.cancelForLead(booked.leadId(), APPOINTMENT_MAIL, "The appointment was moved.", clock.instant());
        }
        if (booked.startsAt().isAfter(clock.instant())) {
            consent.recipient(booked.leadId()).ifPresent(to -> write(MessageKind.CONSULTATION_CONFIRMATION,
                    "confirmation:" + booked.leadId() + ":" + booked.startsAt().getEpochSecond(), to, booked));
        }
    }

    @EventListener
    public void cancelled(AppointmentCancelled cancelled) {
        outbox.cancelForLead(cancelled.leadId(), APPOINTMENT_MAIL, "The appointment was cancelled.", cancelled.at());
    }

    @EventListener
    public void withdrawn(EmailConsentWithdrawn withdrawn) {
        outbox.cancelForLead(withdrawn.leadId(), "E-mail consent withdrawn (" + withdrawn.how() + ").",
                withdrawn.at());
    }

    @Scheduled(fixedDelayString = "${pathway.mail.jobs-interval:" + MailProperties.JOBS_INTERVAL + "}",
            initialDelayString = "PT1M")
    @SchedulerLock(name = "mail-consultation-reminders", lockAtMostFor = "10m")
    public void remindOnSchedule() {
        if (properties.jobs()) {
            remind();
        }
    }

    /**
     * From {@link MailProperties#reminderAt()} on, writes the reminder of every consultation tomorrow (clinic
     * time) whose lead may be e-mailed and was not reminded yet; returns how many it wrote.
     */
    public int remind() {
        ZoneId zone = clinic.timeZone();
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(properties.reminderAt())) {
            return 0;
        }
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        Instant from = tomorrow.atStartOfDay(zone).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(zone).toInstant();
        int written = 0;
        for (AppointmentBooked a : consent.appointmentsStarting(from, to, 1000)) {
            String key = "reminder:" + a.leadId() + ":" + a.startsAt().getEpochSecond();
            try {
                Boolean wrote = transactions.execute(s -> consent.recipient(a.leadId())
                        .map(to2 -> write(MessageKind.CONSULTATION_REMINDER, key, to2, a)).orElse(false));
                written += Boolean.TRUE.equals(wrote) ? 1 : 0;
            } catch (DuplicateKeyException e) {
                // another node wrote it at the same moment: it exists once
            }
        }
        return written;
    }

    private boolean write(MessageKind kind, String dedupeKey, EmailRecipient to, AppointmentBooked a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", to.firstName());
        values.put("clinicName", clinic.name());
        values.put("appointmentTime", Appointment.when(a.startsAt(), clinic.timeZone()));
        values.put("mode", a.mode());
        values.put(MessageKind.UNSUBSCRIBE, consent.unsubscribeToken(to.leadId())
                .map(token -> properties.link("unsubscribe?token=" + token)).orElse(properties.link("unsubscribe")));
        return mailer.write(kind, dedupeKey, to.email(), null, to.leadId(), to.key(), values);
    }
}
