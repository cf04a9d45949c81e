package com.pathway.demo.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.pathway.demo.internal.Journey.Change;
import com.pathway.demo.internal.Journey.Step;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;

/**
 * A seeded random walk through the workflow. From each open status the lead waits (see
 * {@link StageProfile}), then either moves forward or is closed with a resolution that fits the
 * stage; a closed lead is sometimes reopened by a manager. The walk stops at {@code now}: recent
 * leads are still open. Plain Java, no database and no Spring.
 */
final class JourneyModel {

    private static final double REOPEN_RATE = 0.05;
    private static final int MAX_STEPS = 40;
    /** The validators of approving for treatment: before them, the demo clinician screens and takes consent. */
    private static final java.util.Set<String> APPROVAL_RULES = java.util.Set.of("clinic-ready-for-treatment",
            "clinic-signed-screening", "clinic-treatment-consent");

    private final WorkflowPaths paths;

    JourneyModel(WorkflowPaths paths) {
        this.paths = paths;
    }

    /** Walks one lead created at {@code created}; a duplicate is closed as such soon after it arrives. */
    Walk walk(SplittableRandom random, Instant created, Instant now, String reporter, boolean duplicate) {
        Walk walk = new Walk(paths.initial(), created, reporter);
        boolean reopened = false;
        while (walk.steps.size() < MAX_STEPS) {
            if (paths.category(walk.status) == StatusCategory.DONE) {
                if (reopened || duplicate || random.nextDouble() >= REOPEN_RATE || !reopen(walk, random, now)) {
                    break;
                }
                reopened = true;
                continue;
            }
            StageProfile profile = paths.profile(walk.status);
            long dwell = duplicate ? 3600 + random.nextLong(2 * 86_400) : profile.dwellSeconds(random);
            Instant at = WorkingHours.after(walk.at, dwell, random);
            if (at.isAfter(now)) {
                break;
            }
            Transition forward = paths.forward(walk.status).orElse(null);
            if (duplicate || forward == null || random.nextDouble() < profile.dropOff()) {
                String resolution = duplicate ? paths.duplicateResolution() : paths.resolution(forward == null
                        ? Weighted.pick(StageProfiles.AT_THE_END, random) : profile.closing(random));
                if (!close(walk, resolution, at, random)) {
                    break;
                }
            } else {
                moveOn(walk, forward, at, now, profile, random);
            }
        }
        return walk;
    }

    private void moveOn(Walk walk, Transition t, Instant at, Instant now, StageProfile profile,
            SplittableRandom random) {
        String actor = paths.actor(t, null, random);
        String comment = profile.comments().isEmpty() || random.nextInt(3) != 0 ? null
                : Weighted.pick(profile.comments(), random);
        if (t.validators().stream().anyMatch(v -> APPROVAL_RULES.contains(v.id()))) {
            // The clinician records a clearing screening and the signed consent before approving.
            walk.screening("Cleared", between(walk.at, at, random));
        }
        walk.step(t.name(), paths.name(t.to()), null, actor, at, comment, null);
        String to = walk.status;
        if (paths.clinical(to)) {
            walk.clinician = WorkflowPaths.ACTOR_BY_ROLE.get(WorkflowPaths.CLINICIAN);
        }
        // Screening goes to the clinician's queue; follow-up visits are arranged by the coordinator again.
        Instant handOver = at.plusSeconds(60).isAfter(now) ? at : at.plusSeconds(60);
        String stage = paths.stage(to);
        if (StageProfiles.ASSESSMENT.equalsIgnoreCase(stage)) {
            walk.reassign(walk.clinician, actor, handOver);
        } else if (StageProfiles.AFTERCARE.equalsIgnoreCase(stage)) {
            walk.reassign(Inquiries.COORDINATOR, actor, handOver);
        }
    }

    private boolean close(Walk walk, String resolution, Instant at, SplittableRandom random) {
        Transition close = paths.close(walk.status).orElse(null);
        if (close == null || resolution == null) {
            return false;
        }
        String actor = paths.actor(close, resolution, random);
        if (paths.needsClinician(resolution) && StageProfiles.ASSESSMENT.equalsIgnoreCase(paths.stage(walk.status))) {
            walk.screening("Contraindicated", between(walk.at, at, random));
        }
        walk.step(close.name(), paths.name(close.to()), resolution, actor, at, null,
                "{\"resolution\":\"" + resolution.replace("\"", "\\\"") + "\"}");
        walk.changes.add(new Change("resolution", null, resolution, actor, at));
        return true;
    }

    private boolean reopen(Walk walk, SplittableRandom random, Instant now) {
        Transition reopen = paths.reopen(walk.status).orElse(null);
        Instant at = WorkingHours.after(walk.at, 86_400L * (5 + random.nextInt(60)), random);
        if (reopen == null || at.isAfter(now)) {
            return false;
        }
        String actor = paths.actor(reopen, null, random);
        String old = walk.resolution;
        walk.step(reopen.name(), paths.name(reopen.to()), null, actor, at, "Asked to be contacted again.", null);
        walk.changes.add(new Change("resolution", old, null, actor, at));
        return true;
    }

    private static Instant between(Instant from, Instant to, SplittableRandom random) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(span / 2 + random.nextLong(Math.max(1, span / 2))).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The walk so far; the item's status and resolution are always those of the last step. */
    static final class Walk {

        final List<Step> steps = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        String status;
        String resolution;
        Instant at;
        String assignee = Inquiries.COORDINATOR;
        String clinician;
        String screeningOutcome;
        Instant screeningAt;

        Walk(String initial, Instant created, String reporter) {
            steps.add(new Step(null, null, initial, null, reporter, created, null, null, null));
            status = initial;
            at = created;
        }

        void step(String transition, String to, String newResolution, String actor, Instant when, String comment,
                String fields) {
            steps.add(new Step(transition, status, to, newResolution, actor, when,
                    when.toEpochMilli() - at.toEpochMilli(), comment, fields));
            status = to;
            resolution = newResolution;
            at = when;
        }

        void reassign(String to, String actor, Instant when) {
            if (to != null && !to.equals(assignee)) {
                changes.add(new Change("assignee", assignee, to, actor, when));
                assignee = to;
            }
        }

        void screening(String outcome, Instant when) {
            screeningOutcome = outcome;
            screeningAt = when;
        }
    }
}
