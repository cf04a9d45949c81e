package com.pathway.clinic;

import java.util.List;

/**
 * What the published clinic workflow's properties say about a lead's way through it, for reports: the
 * open stages in order (the {@code stage} property of open statuses, in the order their first status
 * comes), the initial status, and the statuses and resolutions that mark milestones. Names are as the
 * workflow spells them; nothing here is named in Java.
 *
 * @param stages open stages in order, each with its statuses
 * @param initial the status a new lead starts in (leaving it is the first contact)
 * @param consultationBooked statuses marked {@code consultation-booked: true}
 * @param treatmentStarted statuses marked {@code treatment-started: true}
 * @param duplicateResolutions resolutions marked {@code duplicate: true}
 * @param completedResolutions resolutions whose {@code outcome} is {@code completed}
 */
public record LeadStages(List<Stage> stages, String initial, List<String> consultationBooked,
        List<String> treatmentStarted, List<String> duplicateResolutions, List<String> completedResolutions) {

    /** An open stage and its statuses. */
    public record Stage(String name, List<String> statuses) {
        public Stage {
            statuses = List.copyOf(statuses);
        }
    }

    public LeadStages {
        stages = List.copyOf(stages);
        consultationBooked = List.copyOf(consultationBooked);
        treatmentStarted = List.copyOf(treatmentStarted);
        duplicateResolutions = List.copyOf(duplicateResolutions);
        completedResolutions = List.copyOf(completedResolutions);
    }

    /** The 1-based position of the stage holding the status, or 0 for a done or unknown status. */
    public int rankOf(String status) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).statuses().stream().anyMatch(s -> s.equalsIgnoreCase(status))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The lowest stage rank among the statuses, or 0 when none is an open status. */
    public int firstRankOf(List<String> statuses) {
        return statuses.stream().mapToInt(this::rankOf).filter(r -> r > 0).min().orElse(0);
    }
}
