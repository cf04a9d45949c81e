package com.pathway.webhook;

/** A webhook just registered (or given a new secret), with its signing secret: shown this once only. */
public record CreatedWebhook(WebhookSummary webhook, String secret) {
}
