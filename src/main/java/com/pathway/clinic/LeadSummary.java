package com.pathway.clinic;

import java.time.Instant;

import com.pathway.workflow.StatusCategory;

/**
 * A lead as one row of the list. {@code overdue}: it has stayed in its open status longer than
 * the {@code overdue} limit of that status in the clinic workflow allows.
 */
public record LeadSummary(String key, String firstName, String lastName, String phone, String email,
        String status, StatusCategory category, LeadSource source, String conditionOfInterest,
        LeadPriority priority, String coordinator, String clinician, Instant createdAt, boolean overdue) {
}
