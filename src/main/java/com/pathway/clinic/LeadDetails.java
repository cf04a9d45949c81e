package com.pathway.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.pathway.workflow.StatusCategory;

/**
 * A lead with everything about it, as the lead page and the API show it. {@code version} is the
 * lead's optimistic-lock version: pass it back when saving changes. {@code mergedInto} is the key of
 * the lead this one was merged into as a duplicate, or {@code null}.
 */
public record LeadDetails(
        String key,
        String status,
        StatusCategory category,
        String resolution,
        String inquiryReference,
        LeadForm form,
        String screeningOutcome,
        Instant treatmentConsentAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String mergedInto) {

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
