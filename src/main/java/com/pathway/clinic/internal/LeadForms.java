package com.pathway.clinic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadForm;
import com.pathway.shared.Validation;

/**
 * Checks a lead form and gives it back ready to store: phones in E.164, the condition of interest
 * in the clinic's spelling. Every problem is reported, per field. Names and messages are kept as
 * written.
 */
public final class LeadForms {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PhoneNumbers phones;
    private final List<String> conditions;

    public LeadForms(PhoneNumbers phones, List<String> conditions) {
        this.phones = phones;
        this.conditions = conditions;
    }

    /** The form to store, or {@link com.pathway.shared.InvalidInputException} listing every problem. */
    public LeadForm check(LeadForm f, LocalDate today, LongPredicate referrerExists) {
        Validation v = new Validation();
        name(v, "firstName", f.firstName(), true);
        name(v, "lastName", f.lastName(), true);
        name(v, "preferredName", f.preferredName(), false);
        v.check(f.dateOfBirth() == null || (!f.dateOfBirth().isAfter(today) && !f.dateOfBirth().isBefore(EARLIEST_BIRTH)),
                "dateOfBirth", "Enter a date of birth in the past.");
        String phone = phone(v, "phone", f.phone());
        String altPhone = phone(v, "altPhone", f.altPhone());
        v.check(isEmail(f.email()) || Validation.isBlank(f.email()), "email", "Enter a valid email address.");
        if (Validation.isBlank(f.phone()) && Validation.isBlank(f.email())) {
            v.reject("phone", "Enter a phone number or an email address.");
        }
        v.check(f.source() != null, "source", "Choose where the lead came from.");
        max(v, "campaignSource", f.campaignSource(), 100);
        max(v, "campaignMedium", f.campaignMedium(), 100);
        max(v, "campaignName", f.campaignName(), 100);
        v.check(f.referrerId() == null || referrerExists.test(f.referrerId()), "referrerId", "There is no such referrer.");
        String condition = condition(f.conditionOfInterest());
        v.check(Validation.isBlank(f.conditionOfInterest()) || condition != null, "conditionOfInterest",
                "Choose one of: " + String.join(", ", conditions) + ".");
        max(v, "payer", f.payer(), 100);
        max(v, "preferredContactTime", f.preferredContactTime(), 100);
        consent(v, "phoneConsent", f.phoneConsent());
        consent(v, "smsConsent", f.smsConsent());
        consent(v, "emailConsent", f.emailConsent());
        consent(v, "privacyNotice", f.privacyNotice());
        v.check(f.tags().stream().allMatch(t -> t != null && !t.isBlank() && t.length() <= 40 && !t.contains(",")),
                "tags", "A tag has 1 to 40 characters and no comma.");
        v.check(String.join(",", f.tags()).length() <= 500, "tags", "Use fewer tags (at most 500 characters in all).");
        max(v, "coordinator", f.coordinator(), 64);
        max(v, "clinician", f.clinician(), 64);
        max(v, "message", f.message(), 4000);
        v.throwIfInvalid();
        return new LeadForm(f.firstName(), f.lastName(), blankToNull(f.preferredName()), f.dateOfBirth(), phone,
                altPhone, blankToNull(f.email()) == null ? null : f.email().strip(), f.preferredContact(),
                blankToNull(f.preferredContactTime()), f.source(), blankToNull(f.campaignSource()),
                blankToNull(f.campaignMedium()), blankToNull(f.campaignName()), f.referrerId(), condition,
                blankToNull(f.payer()), f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(),
                f.privacyNotice(), f.tags().stream().map(String::strip).toList(), f.priority(),
                user(f.coordinator()), user(f.clinician()), blankToNull(f.message()));
    }

    public static boolean isEmail(String text) {
        return text != null && text.strip().length() <= 254 && EMAIL.matcher(text.strip()).matches();
    }

    /** The clinic's spelling of a condition of interest, matched without regard to case; null if unknown. */
    public String condition(String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        return conditions.stream().filter(c -> c.equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }

    public List<String> conditions() {
        return conditions;
    }

    public Optional<String> phone(String text) {
        return phones.toE164(text);
    }

    private String phone(Validation v, String field, String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        Optional<String> e164 = phones.toE164(text);
        v.check(e164.isPresent(), field, "Enter a valid phone number (with the country code, e.g. +1, if it is abroad).");
        return e164.orElse(null);
    }

    private static void name(Validation v, String field, String value, boolean required) {
        if (Validation.isBlank(value)) {
            v.check(!required, field, "Enter a name of 1 to 100 characters.");
        } else {
            v.check(value.length() <= 100, field, "Enter a name of 1 to 100 characters.");
        }
    }

    private static void max(Validation v, String field, String value, int max) {
        v.check(value == null || value.length() <= max, field, "At most " + max + " characters.");
    }

    private static void consent(Validation v, String field, Consent consent) {
        if (consent != null) {
            v.check(consent.at() != null, field, "A consent needs the time it was given.");
            v.check(!Validation.isBlank(consent.source()) && consent.source().length() <= 32, field,
                    "Say how the consent was given (1 to 32 characters).");
        }
    }

    private static String blankToNull(String value) {
        return Validation.isBlank(value) ? null : value;
    }

    private static String user(String value) {
        return Validation.isBlank(value) ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
