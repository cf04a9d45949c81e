package com.pathway.mail;

import java.util.List;

/**
 * The messages Pathway sends, each with the placeholders its template may use and the shipped default.
 * Staff messages name a lead by key only; messages to leads go only to leads with a recorded e-mail
 * consent and must carry the unsubscribe link.
 */
public enum MessageKind {

    STAFF_DIGEST("Morning digest", false, List.of("name", "overdueCount", "todayCount", "tasks", "link"),
            "Your work today: ${overdueCount} overdue, ${todayCount} due today",
            """
            Good morning ${name},

            You have ${overdueCount} overdue task(s) and ${todayCount} due today:
            ${tasks}

            Open My work: ${link}
            """),
    TASK_DUE("Task due soon", false, List.of("name", "task", "dueAt", "leadKey", "link"),
            "${task} for ${leadKey} is due at ${dueAt}",
            """
            Hello ${name},

            Your task "${task}" for ${leadKey} is due at ${dueAt}.

            Open the lead: ${link}
            """),
    MENTION("Mention in a note", false, List.of("name", "message", "leadKey", "link"),
            "${message}",
            """
            Hello ${name},

            ${message}. Sign in to read the note.

            Open the lead: ${link}
            """),
    ACCOUNT_LOCKED("Account locked after failed sign-ins", false, List.of("name", "username", "lockedUntil", "link"),
            "Your Pathway account was locked after failed sign-ins",
            """
            Hello ${name},

            After repeated failed attempts to sign in, your Pathway account ${username} is locked until ${lockedUntil}.

            If these attempts were yours, wait until then or ask an administrator to unlock it. If they were not,
            tell an administrator, and change your password once you are signed in.

            Pathway: ${link}
            """),
    CONSULTATION_CONFIRMATION("Consultation confirmation", true,
            List.of("firstName", "clinicName", "appointmentTime", "mode", "unsubscribeLink"),
            "Your consultation with ${clinicName} on ${appointmentTime}",
            """
            Dear ${firstName},

            Your consultation with ${clinicName} is booked for ${appointmentTime} (${mode}).
            If you need to change it, please call us.

            To stop e-mail from ${clinicName}: ${unsubscribeLink}
            """),
    CONSULTATION_REMINDER("Consultation reminder (day before)", true,
            List.of("firstName", "clinicName", "appointmentTime", "mode", "unsubscribeLink"),
            "Reminder: your consultation tomorrow, ${appointmentTime}",
            """
            Dear ${firstName},

            This is a reminder of your consultation with ${clinicName} tomorrow, ${appointmentTime} (${mode}).
            If you cannot come, please call us.

            To stop e-mail from ${clinicName}: ${unsubscribeLink}
            """);

    /** The placeholder every message to a lead must contain. */
    public static final String UNSUBSCRIBE = "unsubscribeLink";

    private final String title;
    private final boolean toLead;
    private final List<String> placeholders;
    private final String defaultSubject;
    private final String defaultBody;

    MessageKind(String title, boolean toLead, List<String> placeholders, String defaultSubject, String defaultBody) {
        this.title = title;
        this.toLead = toLead;
        this.placeholders = placeholders;
        this.defaultSubject = defaultSubject;
        this.defaultBody = defaultBody;
    }

    public String title() {
        return title;
    }

    /** Whether it goes to a lead (and so needs consent and the unsubscribe link). */
    public boolean toLead() {
        return toLead;
    }

    public List<String> placeholders() {
        return placeholders;
    }

    public String defaultSubject() {
        return defaultSubject;
    }

    public String defaultBody() {
        return defaultBody;
    }
}
