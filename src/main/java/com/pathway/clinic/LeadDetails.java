package com.pathway.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.pathway.workflow.StatusCategory;

/**
 * A lead with everything about it, as the lead page and the API show it. {@code version} is the
 * lead's optimistic-lock version: pass it back when saving changes. {@code mergedInto} is the key of
 * the lead this one was merged into as a duplicate, or {@code null}.
 *
 * @param screeningComplete whether a clinician has recorded the screening's outcome
 * @param screeningRecordedAt when the outcome was last recorded, or {@code null}
 * @param screeningOutcome the outcome, clinical content: only for clinicians ({@link LeadPermissions#shown}),
 *        {@code null} (and left out of JSON) for everyone else
 * @param treatmentConsentAt when the treatment consent was signed: not clinical content, coordinators
 *        schedule by it
 * @param statusAge when the lead entered its status, that status's overdue limit and the moment it was read
 * @param appointment the lead's current appointment (booked by scheduling the consultation), past or
 *        future, or {@code null}
 * @param serviceLevels its first-response and time-to-consultation targets, or {@code null}
 */
public record LeadDetails(
        String key,
        String status,
        StatusCategory category,
        String resolution,
        String inquiryReference,
        LeadForm form,
        boolean screeningComplete,
        Instant screeningRecordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String screeningOutcome,
        Instant treatmentConsentAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String mergedInto,
        StatusAge statusAge,
        Appointment appointment, LeadServiceLevels serviceLevels) {

    /** A lead without an appointment or service-level targets. */
    public LeadDetails(String key, String status, StatusCategory category, String resolution, String inquiryReference,
            LeadForm form, boolean screeningComplete, Instant screeningRecordedAt, String screeningOutcome,
            Instant treatmentConsentAt, Instant createdAt, Instant updatedAt, long version, String mergedInto,
            StatusAge statusAge) {
        this(key, status, category, resolution, inquiryReference, form, screeningComplete, screeningRecordedAt,
                screeningOutcome, treatmentConsentAt, createdAt, updatedAt, version, mergedInto, statusAge, null, null);
    }

    /** This lead without clinical content: whether and when the screening was recorded stays, its outcome goes. */
    public LeadDetails withoutClinicalContent() {
        return new LeadDetails(key, status, category, resolution, inquiryReference, form, screeningComplete,
                screeningRecordedAt, null, treatmentConsentAt, createdAt, updatedAt, version, mergedInto,
                statusAge, appointment, serviceLevels);
    }

    public String firstName() {
        return form.firstName();
    }

    public String lastName() {
        return form.lastName();
    }

    public String phone() {
        return form.phone();
    }

    public String email() {
        return form.email();
    }

    public LocalDate dateOfBirth() {
        return form.dateOfBirth();
    }

    public List<String> tags() {
        return form.tags();
    }
}
