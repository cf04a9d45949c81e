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
 */
public record LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
        String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text) {

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null);
    }

    public static LeadFilter text(String text) {
        return new LeadFilter(null, null, null, null, null, null, null, null, text);
    }
}
