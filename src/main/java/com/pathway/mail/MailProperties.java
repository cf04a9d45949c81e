package com.pathway.mail;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail settings ({@code pathway.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every message
 * @param baseUrl the app's address as recipients reach it, for links in messages (ends with {@code /})
 * @param deliver whether this node sends the outbox on a schedule
 * @param jobs whether this node writes the scheduled messages (digest, due notices, reminders)
 * @param batchSize messages sent per run at most
 * @param maxAttempts attempts before a message is given up
 * @param firstRetryAfter pause after the first failure; each further pause is twice as long
 * @param maxRetryPause the longest pause between two attempts
 * @param claimFor how long a node holds a message while sending it; after that another node may take it
 * @param digestAt when the morning digest goes out, in the clinic's time zone
 * @param dueNoticeBefore how long before a task is due its assignee is told
 * @param reminderAt from when, the day before a consultation, its reminder goes out (clinic time)
 * @param jobsInterval how often the digest, due-notice and reminder jobs look for work (10 s to 1 h); a due
 *        notice is written up to one interval early rather than late
 */
@Validated
@ConfigurationProperties("pathway.mail")
public record MailProperties(
        @NotBlank @Email @DefaultValue("no-reply@pathway.invalid") String from,
        @NotBlank @DefaultValue("http://localhost:8080/") String baseUrl,
        @DefaultValue("true") boolean deliver,
        @DefaultValue("true") boolean jobs,
        @Min(1) @Max(500) @DefaultValue("50") int batchSize,
        @Min(1) @Max(30) @DefaultValue("8") int maxAttempts,
        @NotNull @DefaultValue("1m") Duration firstRetryAfter,
        @NotNull @DefaultValue("2h") Duration maxRetryPause,
        @NotNull @DefaultValue("2m") Duration claimFor,
        @NotNull @DefaultValue("07:00") LocalTime digestAt,
        @NotNull @DefaultValue("1h") Duration dueNoticeBefore,
        @NotNull @DefaultValue("09:00") LocalTime reminderAt,
        @NotNull @DefaultValue(MailProperties.JOBS_INTERVAL) Duration jobsInterval) {

    /** The default of {@link #jobsInterval()}, also the scheduler's fallback for {@code pathway.mail.jobs-interval}. */
    public static final String JOBS_INTERVAL = "1m";

    public MailProperties {
        if (jobsInterval != null && (jobsInterval.compareTo(Duration.ofSeconds(10)) < 0
                || jobsInterval.compareTo(Duration.ofHours(1)) > 0)) {
            throw new IllegalArgumentException("pathway.mail.jobs-interval must be between 10s and 1h, not "
                    + jobsInterval + ".");
        }
    }

    /** {@link #baseUrl()} followed by {@code path}. */
    public String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path;
    }
}
