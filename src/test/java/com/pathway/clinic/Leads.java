package com.pathway.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Forms for the clinic tests: clearly fictional people. */
public final class Leads {

    /** Numbers 202-555-2000 and up are handed out here only, once each per test JVM (each has databases of its own). */
    private static final AtomicInteger NEXT_PHONE = new AtomicInteger(2000);

    private Leads() {
    }

    /**
     * A phone number no other test writes, for tests that look leads up by phone and expect exactly their own:
     * the tests of one application context share its database, and the 202-555-01xx numbers are written by many
     * of them.
     */
    public static Phone phoneOfItsOwn() {
        int line = NEXT_PHONE.getAndIncrement();
        if (line > 9999) {
            throw new IllegalStateException("no numbers left in 202-555-2000 to 202-555-9999");
        }
        return new Phone(String.valueOf(line));
    }

    /** A number in 202-555, written the ways people write it. */
    public record Phone(String line) {

        public String international() {
            return "+1 202 555 " + line;
        }

        public String national() {
            return "(202) 555-" + line;
        }

        public String dashed() {
            return "202-555-" + line;
        }

        public String digits() {
            return "202555" + line;
        }

        public String e164() {
            return "+1202555" + line;
        }
    }

    public static LeadForm form(String first, String last, String phone, String email) {
        return new LeadForm(first, last, null, LocalDate.of(1980, 4, 12), phone, null, email, ContactMethod.PHONE,
                "mornings", LeadSource.PHONE, null, null, null, null, "depression", null, true,
                new Consent(Instant.parse("2026-01-05T10:00:00Z"), "phone call"), null, null,
                new Consent(Instant.parse("2026-01-05T10:00:00Z"), "phone call"), List.of("vip"), LeadPriority.NORMAL,
                null, null, "Asked about a consultation.");
    }

    /** The form with the lead assigned to a clinician (who may then read it in any status). */
    public static LeadForm withClinician(LeadForm f, String clinician) {
        return withAssignees(f, f.coordinator(), clinician);
    }

    /** The form with the lead assigned to this coordinator and this clinician. */
    public static LeadForm withAssignees(LeadForm f, String coordinator, String clinician) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(),
                f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(),
                coordinator, clinician, f.message());
    }

    /** The form with the lead arriving from this campaign (its name). */
    public static LeadForm withCampaign(LeadForm f, String campaignName) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(),
                f.campaignMedium(), campaignName, f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(),
                f.coordinator(), f.clinician(), f.message());
    }

    /** The form with the lead sent by this referrer. */
    public static LeadForm withReferrer(LeadForm f, long referrerId) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), LeadSource.REFERRAL, f.campaignSource(),
                f.campaignMedium(), f.campaignName(), referrerId, f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(),
                f.coordinator(), f.clinician(), f.message());
    }

    /** The form with this e-mail consent ({@code null}: none), for the e-mail tests. */
    public static LeadForm withEmailConsent(LeadForm f, Consent consent) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(),
                f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), f.smsConsent(), consent, f.privacyNotice(), f.tags(), f.priority(), f.coordinator(),
                f.clinician(), f.message());
    }

    /** Contacts the lead and books its consultation a week ahead at 10:00 clinic time, with the demo clinician. */
    public static void bookConsultation(com.pathway.workflow.WorkflowService workflow, java.time.ZoneId zone,
            String key) {
        workflow.transition(key, com.pathway.workflow.TransitionRequest.of("Contact"));
        java.time.LocalDateTime at = java.time.LocalDateTime.now(zone).plusDays(7)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS).withHour(10);
        workflow.transition(key, new com.pathway.workflow.TransitionRequest("Schedule consultation", java.util.Map.of(
                "appointmentAt", at.toString(), "appointmentClinician", "clinician", "appointmentMode", "Telehealth"),
                null, null));
    }
}
