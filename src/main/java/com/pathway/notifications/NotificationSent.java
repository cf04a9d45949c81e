package com.pathway.notifications;

/**
 * A notification was stored, published in the sender's transaction so that a listener (the e-mail copy
 * of a mention) is written with it or not at all. Carries what the in-app line says, nothing more.
 */
public record NotificationSent(String recipient, String kind, String text, String link, String actor) {
}
