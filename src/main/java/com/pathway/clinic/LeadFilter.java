package com.pathway.clinic;

import java.time.Instant;

import com.pathway.workflow.StatusCategory;

/**
 * Filters of the lead list; every part is optional.
 *
 * @param text matches the key exactly, or the start of a name, a phone number or an email address
 * @param assignee the coordinator or clinician assigned
 * @param createdFrom inclusive
 * @param createdTo exclusive
 * @param stage only leads in a status of this stage (the statuses' {@code stage} property in the
 *        clinic workflow, case ignored)
 * @param overdue only leads that have stayed in their open status longer than it allows
 *        (the {@code overdue} limits of the workflow's statuses)
 */
public record LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
        String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
        boolean overdue, String stage) {

    public LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
            String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
            boolean overdue) {
        this(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, createdTo, text, overdue,
                null);
    }

    public LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
            String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text) {
        this(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, createdTo, text, false);
    }

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null);
    }

    public static LeadFilter text(String text) {
        return new LeadFilter(null, null, null, null, null, null, null, null, text);
    }

    public LeadFilter onlyOverdue() {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, true, stage);
    }

    public LeadFilter inStage(String stageName) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stageName);
    }
}
