package com.pathway.clinic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.ImportColumn;
import com.pathway.clinic.ImportFile;
import com.pathway.clinic.ImportOptions;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.shared.Counts;

/**
 * Turns a row of an imported file into a lead form, as the columns say. Values that cannot be
 * read (a date, a yes-or-no, a source) are reported by field; the form's own checks come after.
 */
public final class ImportRows {

    /** How a consent imported from a file is recorded. */
    public static final String CONSENT_SOURCE = "CSV import";
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "oui", "si", "sí");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "nein", "non");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ImportRows() {
    }

    /** A row read into a form, with what could not be read (field to message). */
    public record Read(LeadForm form, Map<String, String> errors) {
    }

    public static Read read(ImportFile.Row row, List<ImportColumn> columns, ImportOptions options, Instant now) {
        Map<ImportColumn, String> v = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != ImportColumn.IGNORE) {
                v.put(columns.get(i), row.value(i).strip());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.values().size() > columns.size()
                && row.values().subList(columns.size(), row.values().size()).stream().anyMatch(s -> !s.isBlank())) {
            errors.put("", "The row has " + Counts.of(row.values().size(), "value") + " but the header names "
                    + Counts.of(columns.size(), "column") + ".");
        }
        String first = v.get(ImportColumn.FIRST_NAME);
        String last = v.get(ImportColumn.LAST_NAME);
        if (isBlank(first) && isBlank(last) && !isBlank(v.get(ImportColumn.FULL_NAME))) {
            FullNames.Name name = FullNames.split(v.get(ImportColumn.FULL_NAME));
            first = name.first();
            last = name.last();
        }
        String phone = v.get(ImportColumn.PHONE);
        String email = v.get(ImportColumn.EMAIL);
        Consent given = new Consent(now, CONSENT_SOURCE);
        boolean contact = yes(v, ImportColumn.CONTACT_CONSENT, errors, "phoneConsent");
        ContactMethod preferred = contactMethod(v.get(ImportColumn.PREFERRED_CONTACT), errors);
        LeadForm form = new LeadForm(first, last, null, date(v.get(ImportColumn.DATE_OF_BIRTH), options, errors),
                phone, v.get(ImportColumn.ALT_PHONE), email, preferred, null,
                source(v.get(ImportColumn.SOURCE), options.defaultSource(), errors), null, null,
                v.get(ImportColumn.CAMPAIGN), null, v.get(ImportColumn.CONDITION), v.get(ImportColumn.PAYER), false,
                yes(v, ImportColumn.PHONE_CONSENT, errors, "phoneConsent") || (contact && !isBlank(phone)) ? given : null,
                yes(v, ImportColumn.SMS_CONSENT, errors, "smsConsent") ? given : null,
                yes(v, ImportColumn.EMAIL_CONSENT, errors, "emailConsent") || (contact && !isBlank(email)) ? given : null,
                yes(v, ImportColumn.PRIVACY_NOTICE, errors, "privacyNotice") ? given : null,
                tags(v.get(ImportColumn.TAGS)), LeadPriority.NORMAL, null, null, v.get(ImportColumn.MESSAGE));
        return new Read(form, errors);
    }

    static LocalDate date(String text, ImportOptions options, Map<String, String> errors) {
        if (isBlank(text)) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return LocalDate.parse(t, ISO);
            }
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                return LocalDate.parse(t, YEAR_FIRST);
            }
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(t.replace('.', '/'), DAY_FIRST);
            }
            if (t.matches("\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}")) {
                return LocalDate.parse(t.replace('-', '/'), options.dayFirst() ? DAY_FIRST : MONTH_FIRST);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.putIfAbsent("dateOfBirth", "Write the date of birth as " + (options.dayFirst() ? "DD/MM/YYYY" : "MM/DD/YYYY")
                + " or YYYY-MM-DD (not \"" + shorten(t) + "\").");
        return null;
    }

    static LeadSource source(String text, LeadSource fallback, Map<String, String> errors) {
        if (isBlank(text)) {
            return fallback;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (key.equals("WEB") || key.equals("WEBSITE") || key.equals("WEBFORM")) {
            return LeadSource.WEB_FORM;
        }
        if (key.equals("WALKIN")) {
            return LeadSource.WALK_IN;
        }
        return Arrays.stream(LeadSource.values()).filter(s -> s.name().equals(key)).findFirst().orElseGet(() -> {
            errors.putIfAbsent("source", "Use one of: web form, phone, referral, walk in, campaign, other (not \""
                    + shorten(text) + "\").");
            return fallback;
        });
    }

    private static ContactMethod contactMethod(String text, Map<String, String> errors) {
        if (isBlank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "phone", "call", "telephone" -> ContactMethod.PHONE;
            case "sms", "text" -> ContactMethod.SMS;
            case "email", "e-mail", "mail" -> ContactMethod.EMAIL;
            default -> {
                errors.putIfAbsent("preferredContact", "Use phone, SMS or email (not \"" + shorten(text) + "\").");
                yield null;
            }
        };
    }

    private static boolean yes(Map<ImportColumn, String> v, ImportColumn column, Map<String, String> errors,
            String field) {
        String text = v.get(column);
        if (text == null) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (!NO.contains(value)) {
            errors.putIfAbsent(field, "Write yes or no (not \"" + shorten(text) + "\").");
        }
        return false;
    }

    private static List<String> tags(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : text.split("[,;|]")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
