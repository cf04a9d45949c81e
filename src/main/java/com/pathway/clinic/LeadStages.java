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

        /**
         * How people read the stage: its name with a capital and spaces ("Consultation (Consultation scheduled,
         * Consultation done)"), with its statuses' display names; a stage of one status of the same name is
         * that status.
         */
        public String label() {
            if (statuses.isEmpty() || statuses.size() == 1 && statuses.getFirst().equalsIgnoreCase(title())) {
                return statuses.isEmpty() ? title() : statuses.getFirst();
            }
            return title() + " (" + String.join(", ", statuses) + ")";
        }

        /** The stage's name with a capital and spaces: "aftercare" reads "Aftercare". */
        public String title() {
            String words = name.replace('-', ' ').replace('_', ' ').strip();
            return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    public LeadStages {
        stages = List.copyOf(stages);
        consultationBooked = List.copyOf(consultationBooked);
        treatmentStarted = List.copyOf(treatmentStarted);
        duplicateResolutions = List.copyOf(duplicateResolutions);
        completedResolutions = List.copyOf(completedResolutions);
    }

    /**
     * The statuses that mean a lead has reached the named stage (case ignored): those of the stage and of
     * every later one, since a stage passed over counts as reached. Empty when no open stage has that name.
     */
    public java.util.Optional<List<String>> statusesReaching(String stage) {
        for (int i = 0; i < stages.size(); i++) {
            if (stage != null && stages.get(i).name().equalsIgnoreCase(stage.strip())) {
                return java.util.Optional.of(stages.subList(i, stages.size()).stream()
                        .flatMap(s -> s.statuses().stream()).toList());
            }
        }
        return java.util.Optional.empty();
    }

    /** The open stages' names, in order. */
    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
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
