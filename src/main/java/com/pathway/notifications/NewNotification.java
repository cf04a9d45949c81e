package com.pathway.notifications;

/**
 * A notification to send.
 *
 * @param recipient the user name it is for
 * @param kind what it is about, e.g. {@code mention}; views may style by it
 * @param text one line, at most 300 characters, never clinical content: who did what on which record
 * @param link the app's route it opens, e.g. {@code leads/PW-12}, or {@code null}
 * @param actor who caused it, or {@code null} for the system
 */
public record NewNotification(String recipient, String kind, String text, String link, String actor) {
}
