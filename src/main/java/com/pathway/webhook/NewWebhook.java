package com.pathway.webhook;

import java.util.Set;

/** What an administrator enters to register a webhook. */
public record NewWebhook(String name, String url, Set<String> eventTypes) {

    public NewWebhook {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }
}
