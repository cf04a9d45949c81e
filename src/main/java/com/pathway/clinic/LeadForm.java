package com.pathway.clinic;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff enter for a lead, when creating or editing it. Phones may be written in any usual
 * form; they are stored in E.164. Consents that are {@code null} are not given (or withdrawn).
 */
public record LeadForm(
        String firstName,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        String phone,
        String altPhone,
        String email,
        ContactMethod preferredContact,
        String preferredContactTime,
        LeadSource source,
        String campaignSource,
        String campaignMedium,
        String campaignName,
        Long referrerId,
        String conditionOfInterest,
        String payer,
        boolean selfPay,
        Consent phoneConsent,
        Consent smsConsent,
        Consent emailConsent,
        Consent privacyNotice,
        List<String> tags,
        LeadPriority priority,
        String coordinator,
        String clinician,
        String message) {

    public LeadForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A form with only the name and one way to reach the person; the rest empty. */
    public static LeadForm of(String firstName, String lastName, String phone, String email, LeadSource source) {
        return new LeadForm(firstName, lastName, null, null, phone, null, email, null, null, source, null, null,
                null, null, null, null, false, null, null, null, null, List.of(), LeadPriority.NORMAL, null, null, null);
    }
}
