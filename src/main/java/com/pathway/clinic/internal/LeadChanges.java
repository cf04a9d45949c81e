package com.pathway.clinic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadForm;
import com.pathway.workflow.FieldEdit;

/**
 * The changelog lines of a lead edit, one per changed field, readable as they stand. Contact and
 * intake fields keep their old and new values (only users who may read the lead read them); the
 * free-text message keeps only its length, and the screening outcome only whether it is recorded,
 * so that neither lingers in the history. The coordinator and the clinician are the engine's user
 * fields, whose changes the engine records itself ({@link LeadWriter#userFieldsChanged}).
 */
public final class LeadChanges {

    private static final List<Field> FIELDS = List.of(
            new Field("firstName", LeadForm::firstName),
            new Field("lastName", LeadForm::lastName),
            new Field("preferredName", LeadForm::preferredName),
            new Field("dateOfBirth", f -> text(f.dateOfBirth())),
            new Field("phone", LeadForm::phone),
            new Field("altPhone", LeadForm::altPhone),
            new Field("email", LeadForm::email),
            new Field("preferredContact", f -> lower(f.preferredContact())),
            new Field("preferredContactTime", LeadForm::preferredContactTime),
            new Field("source", f -> lower(f.source())),
            new Field("campaignSource", LeadForm::campaignSource),
            new Field("campaignMedium", LeadForm::campaignMedium),
            new Field("campaignName", LeadForm::campaignName),
            new Field("referrerId", f -> text(f.referrerId())),
            new Field("conditionOfInterest", LeadForm::conditionOfInterest),
            new Field("payer", LeadForm::payer),
            new Field("selfPay", f -> f.selfPay() ? "yes" : "no"),
            new Field("phoneConsent", f -> consent(f.phoneConsent())),
            new Field("smsConsent", f -> consent(f.smsConsent())),
            new Field("emailConsent", f -> consent(f.emailConsent())),
            new Field("privacyNotice", f -> consent(f.privacyNotice())),
            new Field("tags", f -> f.tags().isEmpty() ? null : String.join(", ", f.tags())),
            new Field("priority", f -> lower(f.priority())),
            new Field("message", f -> f.message() == null ? null : f.message().length() + " characters"));

    private LeadChanges() {
    }

    /** Every field whose shown value differs between the stored forms before and after. */
    public static List<FieldEdit> between(LeadForm before, LeadForm after) {
        List<FieldEdit> edits = new ArrayList<>();
        for (Field field : FIELDS) {
            String old = field.value().apply(before);
            String now = field.value().apply(after);
            // A message rewritten to the same length still shows as a change.
            boolean rewritten = field.name().equals("message") && old != null && old.equals(now)
                    && !before.message().equals(after.message());
            if (!Objects.equals(old, now) || rewritten) {
                edits.add(new FieldEdit(field.name(), old, rewritten ? now + ", rewritten" : now));
            }
        }
        return edits;
    }

    /** The changelog lines of a recorded screening. */
    public static List<FieldEdit> screening(String oldOutcome, String newOutcome, Instant oldConsent,
            Instant newConsent) {
        List<FieldEdit> edits = new ArrayList<>();
        if (!Objects.equals(oldOutcome, newOutcome)) {
            edits.add(new FieldEdit("screeningOutcome", oldOutcome == null ? null : "recorded",
                    newOutcome == null ? null : oldOutcome == null ? "recorded" : "changed"));
        }
        edits.add(new FieldEdit("treatmentConsentAt", text(oldConsent), text(newConsent)));
        return edits;
    }

    private static String consent(Consent consent) {
        if (consent == null) {
            return null;
        }
        return "given " + consent.at() + (consent.source() == null ? "" : " (" + consent.source() + ")");
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Field(String name, Function<LeadForm, String> value) {
    }
}
