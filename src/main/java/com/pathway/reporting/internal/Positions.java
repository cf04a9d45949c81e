package com.pathway.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.pathway.clinic.LeadStages;

/**
 * The open statuses of the clinic workflow numbered 1, 2, … stage by stage, so that "how far a lead got"
 * is the highest number it ever entered (a reopened lead keeps its furthest point; a skipped stage counts
 * as passed) and a stage is reached when a status at or after its first one is entered. Done statuses
 * are 0. Also the time buckets (weeks, months) as SQL over given boundaries.
 */
final class Positions {

    private final LeadStages stages;
    private final List<String> statuses = new ArrayList<>();
    private final List<Integer> stageOfPosition = new ArrayList<>();
    private final int[] firstPositionOfStage;

    Positions(LeadStages stages) {
        this.stages = stages;
        firstPositionOfStage = new int[stages.stages().size()];
        for (int k = 0; k < stages.stages().size(); k++) {
            firstPositionOfStage[k] = statuses.size() + 1;
            for (String status : stages.stages().get(k).statuses()) {
                statuses.add(status);
                stageOfPosition.add(k);
            }
        }
    }

    LeadStages stages() {
        return stages;
    }

    int stageCount() {
        return firstPositionOfStage.length;
    }

    /** The 1-based position of the first status of stage {@code k} (0-based). */
    int firstPosition(int stage) {
        return firstPositionOfStage[stage];
    }

    /** The 0-based stage of a position, or -1 for 0 (no open status). */
    int stageOf(int position) {
        return position <= 0 || position > stageOfPosition.size() ? -1 : stageOfPosition.get(position - 1);
    }

    /** The first position of any of the statuses, or one past the last (never reached) when none is open. */
    int firstPositionOf(List<String> milestone) {
        int best = Integer.MAX_VALUE;
        for (String m : milestone) {
            int i = indexOf(m);
            if (i > 0) {
                best = Math.min(best, i);
            }
        }
        return best == Integer.MAX_VALUE ? statuses.size() + 1 : best;
    }

    private int indexOf(String status) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).equalsIgnoreCase(status)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Per lead, over its history rows {@code h}: the furthest position ({@code maxpos}), first contact (leaving the
     * initial status for an open one), consultation and treatment reached, and with {@code arrivals} when it first
     * reached each stage ({@code s0}, {@code s1}, …); a stage is reached when a status at or after its first is entered.
     */
    Sql milestones(boolean arrivals) {
        Sql pos = position("h.to_status");
        Sql sql = new Sql().add("max(").add(pos).add(") as maxpos, min(case when h.from_status = ? and ", stages.initial())
                .add(pos).add(" > 0 then h.occurred_at end) as contacted, min(case when ").add(pos)
                .add(" >= ? then h.occurred_at end) as consulted, min(case when ",
                        firstPositionOf(stages.consultationBooked()))
                .add(pos).add(" >= ? then h.occurred_at end) as treated", firstPositionOf(stages.treatmentStarted()));
        for (int k = 0; arrivals && k < stageCount(); k++) {
            sql.add(", min(case when ").add(pos).add(" >= ? then h.occurred_at end) as s" + k, firstPosition(k));
        }
        return sql;
    }

    /** {@code case column when ? then 1 … else 0 end}: the column's status as a position. */
    Sql position(String column) {
        Sql sql = new Sql().add("(case " + column);
        for (int i = 0; i < statuses.size(); i++) {
            sql.add(" when ? then " + (i + 1), statuses.get(i));
        }
        return sql.add(" else 0 end)");
    }

    /** {@code case column when ? then k …}: the 0-based stage of a status column, -1 for a done one. */
    Sql stage(String column) {
        Sql sql = new Sql().add("(case " + column);
        for (int i = 0; i < statuses.size(); i++) {
            sql.add(" when ? then " + stageOfPosition.get(i), statuses.get(i));
        }
        return sql.add(" else -1 end)");
    }

    /**
     * The 0-based bucket of a time between boundaries ({@code b[i] <= column < b[i + 1]}), or null before the first,
     * from the last on, or for null: a binary search of nested {@code case} expressions, so that a row is compared
     * with about log2(buckets) boundaries rather than with each in turn.
     */
    static Sql bucket(String column, List<Instant> boundaries) {
        Sql sql = new Sql().add("(case when " + column + " is null or " + column + " < ? or " + column + " >= ? then null"
                + " else ", utc(boundaries.getFirst()), utc(boundaries.getLast()));
        return sql.add(search(column, boundaries, 0, boundaries.size() - 1)).add(" end)");
    }

    /** The bucket index in {@code [lo, hi)} of a value known to lie between {@code b[lo]} and {@code b[hi]}. */
    private static Sql search(String column, List<Instant> boundaries, int lo, int hi) {
        if (hi - lo <= 1) {
            return new Sql().add(Integer.toString(lo));
        }
        int mid = (lo + hi) >>> 1;
        return new Sql().add("(case when " + column + " < ? then ", utc(boundaries.get(mid)))
                .add(search(column, boundaries, lo, mid)).add(" else ").add(search(column, boundaries, mid, hi))
                .add(" end)");
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC);
    }
}
