package com.pathway.mail;

import java.time.Instant;

/**
 * One message of the outbox as administrators see it: what kind it is, to whom (a colleague's user name, or a
 * lead by key only), how far it got and its generic error; never its subject or text, which may hold health
 * information.
 *
 * @param to the user name of a staff message's recipient, or "Lead " and the key for a message to a lead
 * @param nextAttemptAt when a pending message is tried next (null once it is sent, failed or cancelled)
 * @param error the generic reason of the last failed attempt, or null
 */
public record OutboxEntry(long id, MessageKind kind, String to, State state, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String error) {

    /** Where a message stands. */
    public enum State {
        PENDING("Queued"), SENT("Sent"), FAILED("Failed"), CANCELLED("Cancelled");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
