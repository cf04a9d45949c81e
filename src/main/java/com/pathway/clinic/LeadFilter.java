package com.pathway.clinic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.pathway.workflow.StatusCategory;

/**
 * Filters of the lead list; every part is optional.
 *
 * @param status one status (kept for callers that name one); it joins {@code statuses}
 * @param text matches the key exactly, the start of a name or an email address, or any part of a
 *        phone number written with at least four digits ("555-0177")
 * @param assignee the coordinator or clinician assigned
 * @param createdFrom inclusive
 * @param createdTo exclusive
 * @param stage only leads in a status of this stage (the statuses' {@code stage} property in the
 *        clinic workflow, case ignored)
 * @param overdue only leads that have stayed in their open status longer than it allows
 *        (the {@code overdue} limits of the workflow's statuses)
 * @param statuses leads in any of these statuses (with {@code status}); empty for any status
 * @param created leads created today or this week in the clinic's time zone, read when the list is
 *        read (so a saved view keeps meaning "today"); null for any time
 * @param reached leads that reached a stage, by their transition history (the dashboard funnel's rule);
 *        null for any
 * @param campaign leads of this campaign (its name, exactly, as the web form or import gave it; the dashboard's
 *        campaign); null for any
 */
public record LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
        String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
        boolean overdue, String stage, List<String> statuses, CreatedWithin created, ReachedStage reached,
        String campaign) {

    public LeadFilter {
        List<String> all = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            all.add(status.strip());
        }
        if (statuses != null) {
            statuses.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                    .filter(s -> !all.contains(s)).forEach(all::add);
        }
        statuses = List.copyOf(all);
        campaign = campaign == null || campaign.isBlank() ? null : campaign.strip();
    }

    public LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
            String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
            boolean overdue, String stage, List<String> statuses, CreatedWithin created, ReachedStage reached) {
        this(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, createdTo, text, overdue,
                stage, statuses, created, reached, null);
    }

    public LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
            String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
            boolean overdue, String stage, List<String> statuses, CreatedWithin created) {
        this(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, createdTo, text, overdue,
                stage, statuses, created, null);
    }

    public LeadFilter(String status, StatusCategory category, String assignee, LeadSource source,
            String conditionOfInterest, Long referrerId, Instant createdFrom, Instant createdTo, String text,
            boolean overdue, String stage) {
        this(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, createdTo, text, overdue,
                stage, List.of(), null);
    }

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
                createdTo, text, true, stage, statuses, created, reached, campaign);
    }

    public LeadFilter inStage(String stageName) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stageName, statuses, created, reached, campaign);
    }

    /** Leads in any of these statuses (instead of the ones this filter names). */
    public LeadFilter inStatuses(Collection<String> names) {
        return new LeadFilter(null, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stage, names == null ? List.of() : List.copyOf(names), created, reached,
                campaign);
    }

    /** Leads created today or this week (null: any time). */
    public LeadFilter createdWithin(CreatedWithin within) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stage, statuses, within, reached, campaign);
    }

    /** Leads created before {@code before} as well as before {@code createdTo}. */
    public LeadFilter createdBefore(Instant before) {
        Instant to = createdTo == null || createdTo.isAfter(before) ? before : createdTo;
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom, to,
                text, overdue, stage, statuses, created, reached, campaign);
    }

    /** Leads that reached a stage (null: no such condition). */
    public LeadFilter reachedStage(ReachedStage stageReached) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stage, statuses, created, stageReached, campaign);
    }

    /** Leads matching this search text instead (null: no search). */
    public LeadFilter withText(String searched) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, searched, overdue, stage, statuses, created, reached, campaign);
    }

    /** Leads of a campaign, by its name (null or blank: any campaign). */
    public LeadFilter ofCampaign(String campaignName) {
        return new LeadFilter(status, category, assignee, source, conditionOfInterest, referrerId, createdFrom,
                createdTo, text, overdue, stage, statuses, created, reached, campaignName);
    }
}
