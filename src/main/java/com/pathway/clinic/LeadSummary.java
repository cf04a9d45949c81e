package com.pathway.clinic;

import java.time.Instant;

import com.pathway.workflow.StatusCategory;

/**
 * A lead as one row of the list. {@code overdue}: it has stayed in its open status longer than
 * the {@code overdue} limit of that status in the clinic workflow allows. {@code statusChangedAt}:
 * when it entered its status; {@code resolution} is set once it is closed. The referrer's name and
 * organisation and the campaign fields are null when the lead has none. {@code nextAppointment}: when
 * the lead's current appointment starts, if that is still to come.
 * {@code slaDueAt}: the earliest
 * service-level target the open lead has not met yet (first response, then consultation), or null.
 */
public record LeadSummary(String key, String firstName, String lastName, String phone, String email,
        String status, StatusCategory category, LeadSource source, String conditionOfInterest,
        LeadPriority priority, String coordinator, String clinician, Instant createdAt, boolean overdue,
        String resolution, Instant statusChangedAt, String referrerName, String referrerOrganisation,
        String campaignSource, String campaignMedium, String campaignName, Instant nextAppointment, Instant slaDueAt) {

    /** A row without an appointment or a service-level target. */
    public LeadSummary(String key, String firstName, String lastName, String phone, String email, String status,
            StatusCategory category, LeadSource source, String conditionOfInterest, LeadPriority priority,
            String coordinator, String clinician, Instant createdAt, boolean overdue, String resolution,
            Instant statusChangedAt, String referrerName, String referrerOrganisation, String campaignSource,
            String campaignMedium, String campaignName) {
        this(key, firstName, lastName, phone, email, status, category, source, conditionOfInterest, priority,
                coordinator, clinician, createdAt, overdue, resolution, statusChangedAt, referrerName,
                referrerOrganisation, campaignSource, campaignMedium, campaignName, null, null);
    }

    /** When the lead entered its Done status, or null while it is open. */
    public Instant closedAt() {
        return category == StatusCategory.DONE ? statusChangedAt : null;
    }
}
