package com.pathway.webhook.internal;

import java.time.Duration;
import java.time.Instant;

import com.pathway.webhook.WebhookProperties;

/**
 * When to try a failed delivery again: after the first failure wait {@code firstRetryAfter}, then four
 * times longer after each further failure (30 s, 2 min, 8 min, 32 min, ~2 h by default), never longer
 * than {@code maxRetryPause}; after {@code maxAttempts} attempts, give up.
 */
public record RetrySchedule(int maxAttempts, Duration firstRetryAfter, Duration maxRetryPause) {

    public static RetrySchedule of(WebhookProperties properties) {
        return new RetrySchedule(properties.maxAttempts(), properties.firstRetryAfter(), properties.maxRetryPause());
    }

    /** The next attempt after {@code attemptsMade} failed attempts, or {@code null} to give up. */
    public Instant nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return null;
        }
        Duration pause = firstRetryAfter;
        for (int i = 1; i < attemptsMade && pause.compareTo(maxRetryPause) < 0; i++) {
            pause = pause.multipliedBy(4);
        }
        return now.plus(pause.compareTo(maxRetryPause) > 0 ? maxRetryPause : pause);
    }
}
