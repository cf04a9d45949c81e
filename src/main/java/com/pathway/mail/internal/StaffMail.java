package com.pathway.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.Appointment;
import com.pathway.mail.MailProperties;
import com.pathway.mail.MessageKind;
import com.pathway.notifications.NotificationSent;
import com.pathway.security.StaffMailboxes;
import com.pathway.shared.ClinicProperties;
import com.pathway.tasks.TaskReminders;
import com.pathway.tasks.TaskView;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mail to staff who have an address and did not opt out: the morning digest of their work, a notice
 * before a task is due, and a copy of a mention. They carry the least health information that works: the
 * lead's key, the kind of task (a clinical kind only as "Clinical task") and a link; never a note's text.
 */
@Component
public class StaffMail {

    /** The notification kind of a mention (notes send it). */
    static final String MENTION = "mention";
    static final int DIGEST_TASKS = 20;

    private final Mailer mailer;
    private final StaffMailboxes mailboxes;
    private final Preferences preferences;
    private final TaskReminders tasks;
    private final MailProperties properties;
    private final ClinicProperties clinic;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StaffMail(Mailer mailer, StaffMailboxes mailboxes, Preferences preferences, TaskReminders tasks,
            MailProperties properties, ClinicProperties clinic, TransactionTemplate transactions, Clock clock) {
        this.mailer = mailer;
        this.mailboxes = mailboxes;
        this.preferences = preferences;
        this.tasks = tasks;
        this.properties = properties;
        this.clinic = clinic;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A mention's e-mail copy, in the transaction of the note that mentions. */
    @EventListener
    public void notified(NotificationSent n) {
        if (!MENTION.equals(n.kind()) || !preferences.of(n.recipient()).mentions()) {
            return;
        }
        mailboxes.of(n.recipient()).ifPresent(to -> mailer.write(MessageKind.MENTION,
                "mention:" + UUID.randomUUID(), to.email(), to.username(), null, leadKey(n.link()), Map.of(
                        "name", to.displayName(), "message", n.text(), "leadKey", leadKey(n.link()) == null ? "" : leadKey(n.link()),
                        "link", properties.link(n.link() == null ? "" : n.link()))));
    }

    @Scheduled(fixedDelayString = "${pathway.mail.jobs-interval:" + MailProperties.JOBS_INTERVAL + "}",
            initialDelayString = "PT1M")
    @SchedulerLock(name = "mail-staff-reminders", lockAtMostFor = "10m")
    public void runOnSchedule() {
        if (properties.jobs()) {
            digest();
            dueNotices();
        }
    }

    /** From {@link MailProperties#digestAt()} on, each person's digest of today, once a day; returns how many it wrote. */
    public int digest() {
        ZoneId zone = clinic.timeZone();
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(properties.digestAt())) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
        int written = 0;
        for (StaffMailboxes.Mailbox to : mailboxes.all()) {
            String dedupeKey = "digest:" + to.username() + ":" + today;
            if (!preferences.of(to.username()).dailyDigest() || mailer.written(dedupeKey)) {
                continue; // the job runs every minute or so: a digest written today is not counted again
            }
            long overdue = tasks.countOf(to.username(), Instant.EPOCH, now.toInstant());
            long dueToday = tasks.countOf(to.username(), now.toInstant(), endOfDay);
            if (overdue + dueToday == 0) {
                continue;
            }
            // Today's tasks first, so that a long overdue list never hides what is due today.
            List<TaskView> list = new java.util.ArrayList<>(tasks.openOf(to.username(), now.toInstant(), endOfDay,
                    DIGEST_TASKS));
            if (list.size() < DIGEST_TASKS) {
                list.addAll(tasks.openOf(to.username(), Instant.EPOCH, now.toInstant(), DIGEST_TASKS - list.size()));
            }
            String lines = list.stream().map(t -> "- " + label(t) + " · " + t.leadKey() + " · due "
                    + Appointment.when(t.dueAt(), zone)).collect(Collectors.joining("\n"));
            if (overdue + dueToday > list.size()) {
                lines += "\n- … and " + (overdue + dueToday - list.size()) + " more";
            }
            written += once(MessageKind.STAFF_DIGEST, dedupeKey, to, null, Map.of(
                    "name", to.displayName(), "overdueCount", String.valueOf(overdue),
                    "todayCount", String.valueOf(dueToday), "tasks", lines, "link", properties.link("")));
        }
        return written;
    }

    /**
     * A notice to the assignee of each open task due within {@link MailProperties#dueNoticeBefore()}, once per due
     * time. The job runs every {@link MailProperties#jobsInterval()}, so the window reaches one interval further:
     * a notice is written at most one interval early, never late.
     */
    public int dueNotices() {
        Instant now = clock.instant();
        int written = 0;
        Instant until = now.plus(properties.dueNoticeBefore()).plus(properties.jobsInterval());
        for (TaskView t : tasks.assignedDueBetween(now, until, TaskReminders.MAX)) {
            if (!preferences.of(t.assignee()).dueNotices()) {
                continue;
            }
            var to = mailboxes.of(t.assignee());
            if (to.isEmpty()) {
                continue;
            }
            written += once(MessageKind.TASK_DUE, "due:" + t.id() + ":" + t.dueAt().getEpochSecond(), to.get(),
                    t.leadKey(), Map.of("name", to.get().displayName(), "task", label(t), "leadKey", t.leadKey(),
                            "dueAt", Appointment.when(t.dueAt(), clinic.timeZone()),
                            "link", properties.link("leads/" + t.leadKey())));
        }
        return written;
    }

    private int once(MessageKind kind, String dedupeKey, StaffMailboxes.Mailbox to, String leadKey,
            Map<String, String> values) {
        try {
            Boolean wrote = transactions.execute(s -> mailer.write(kind, dedupeKey, to.email(), to.username(), null,
                    leadKey, values));
            return Boolean.TRUE.equals(wrote) ? 1 : 0;
        } catch (DuplicateKeyException e) {
            return 0; // another node wrote it at the same moment: it exists once
        }
    }

    private static String label(TaskView t) {
        return t.type().clinical() ? "Clinical task" : t.type().label();
    }

    private static String leadKey(String link) {
        return link != null && link.startsWith("leads/") ? link.substring("leads/".length()) : null;
    }
}
