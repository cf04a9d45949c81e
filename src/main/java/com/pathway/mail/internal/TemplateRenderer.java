package com.pathway.mail.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.StringSubstitutor;

import com.pathway.mail.MessageKind;
import com.pathway.mail.RenderedMail;
import com.pathway.shared.Validation;

/**
 * Checks and fills templates with Commons Text's {@link StringSubstitutor}: {@code ${name}} placeholders,
 * only the ones the message kind offers. Values are inserted as they are, never read as templates
 * themselves (a lead who types {@code ${unsubscribeLink}} as their name gets exactly that text), and
 * line breaks are taken out of values that go into a subject. Messages are plain text, so nothing a value
 * holds can become markup.
 */
public final class TemplateRenderer {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 6000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private TemplateRenderer() {
    }

    /** Every problem of the template, on {@code subject} and {@code body}. */
    public static void check(MessageKind kind, String subject, String body, Validation errors) {
        errors.check(subject != null && !subject.isBlank(), "subject", "Write a subject.");
        errors.check(body != null && !body.isBlank(), "body", "Write the message.");
        if (subject != null && !subject.isBlank()) {
            errors.check(subject.strip().length() <= MAX_SUBJECT, "subject",
                    "A subject has at most " + MAX_SUBJECT + " characters.");
            errors.check(!subject.contains("\n") && !subject.contains("\r"), "subject",
                    "A subject is one line.");
            unknown(kind, subject).ifPresent(m -> errors.check(false, "subject", m));
        }
        if (body != null && !body.isBlank()) {
            errors.check(body.length() <= MAX_BODY, "body", "A message has at most " + MAX_BODY + " characters.");
            unknown(kind, body).ifPresent(m -> errors.check(false, "body", m));
            if (kind.toLead()) {
                errors.check(placeholders(body).contains(MessageKind.UNSUBSCRIBE), "body",
                        "A message to leads must contain ${" + MessageKind.UNSUBSCRIBE + "}: the law and the lead's"
                                + " consent require a way to stop e-mail.");
            }
        }
    }

    /** The filled message; the template must have passed {@link #check}, and {@code values} name every placeholder. */
    public static RenderedMail render(MessageKind kind, String subject, String body, Map<String, String> values) {
        Map<String, String> oneLine = new LinkedHashMap<>();
        values.forEach((k, v) -> oneLine.put(k, v == null ? "" : v.replaceAll("[\\r\\n]+", " ")));
        return new RenderedMail(substitutor(oneLine).replace(subject).strip(), substitutor(values).replace(body));
    }

    /** Example values for a preview, one per placeholder of the kind. */
    public static Map<String, String> examples(MessageKind kind) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String p : kind.placeholders()) {
            v.put(p, switch (p) {
                case "name" -> "Dana Reyes";
                case "firstName" -> "Alex";
                case "overdueCount" -> "1";
                case "todayCount" -> "2";
                case "tasks" -> "- Call · PW-12 · due Tue Dec 9, 10:00\n- Follow-up check-in · PW-31 · due Tue Dec 9, 14:30";
                case "task" -> "Call";
                case "dueAt" -> "Tue Dec 9, 10:00";
                case "leadKey" -> "PW-12";
                case "message" -> "Sam Lee mentioned you on PW-12";
                case "clinicName" -> "Pathway Clinic";
                case "appointmentTime" -> "Wed Dec 10, 09:30";
                case "mode" -> "In person at the clinic";
                case "unsubscribeLink" -> "https://clinic.example/unsubscribe?token=…";
                case "link" -> "https://clinic.example/leads/PW-12";
                default -> p;
            });
        }
        return v;
    }

    private static StringSubstitutor substitutor(Map<String, String> values) {
        StringSubstitutor s = new StringSubstitutor(values);
        s.setEnableUndefinedVariableException(true);
        s.setDisableSubstitutionInValues(true);
        s.setEnableSubstitutionInVariables(false);
        return s;
    }

    private static java.util.Optional<String> unknown(MessageKind kind, String text) {
        String offered = kind.placeholders().stream().map(p -> "${" + p + "}").collect(Collectors.joining(", "));
        if (PLACEHOLDER.matcher(text).replaceAll("").contains("${")) {
            return java.util.Optional.of("A placeholder is not closed: write it as ${name}. This message can use "
                    + offered + ".");
        }
        Set<String> unknown = new LinkedHashSet<>(placeholders(text));
        unknown.removeAll(kind.placeholders());
        if (unknown.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Unknown placeholder " + unknown.stream().map(u -> "${" + u + "}")
                .collect(Collectors.joining(", ")) + ". This message can use " + offered + ".");
    }

    static List<String> placeholders(String text) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }
}
