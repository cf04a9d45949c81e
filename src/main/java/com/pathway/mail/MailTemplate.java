package com.pathway.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message's template as the editor shows it.
 *
 * @param customised whether an administrator changed it ({@code false}: the shipped default)
 * @param updatedBy who changed it last, {@code null} for the default
 */
public record MailTemplate(MessageKind kind, String title, List<String> placeholders, String subject, String body,
        boolean customised, String updatedBy, Instant updatedAt) {
}
