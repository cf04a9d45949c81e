package com.pathway.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.pathway.clinic.LeadStages;
import com.pathway.reporting.Cell;
import com.pathway.reporting.Report;
import com.pathway.reporting.Report.Row;
import com.pathway.reporting.ReportKind;

/** Turns the aggregates of {@link ReportQueries} into {@link Report} tables, applying the small-number rule. */
public final class ReportBuilder {

    private static final String PEOPLE = "people";
    private static final String PERCENT = "percent";
    private static final String HOURS = "hours";
    private static final String COURSES = "courses";
    private static final String SESSIONS = "sessions";
    private static final String POINTS = "points";

    private ReportBuilder() {
    }

    public static Report funnel(LeadStages stages, Map<Integer, Long> furthest, Masker m) {
        List<Row> rows = new ArrayList<>();
        long previous = 0;
        for (int k = 0; k < stages.stages().size(); k++) {
            long reached = 0;
            for (Map.Entry<Integer, Long> e : furthest.entrySet()) {
                if (e.getKey() >= k) {
                    reached += e.getValue();
                }
            }
            LeadStages.Stage named = stages.stages().get(k);
            rows.add(new Row(named.label(), named.name(),
                    List.of(m.count(reached), k == 0 ? Cell.EMPTY : m.rate(reached, previous))));
            previous = reached;
        }
        return report(ReportKind.FUNNEL, "Stage", List.of("People reached", "From previous stage (%)"),
                List.of(PEOPLE, PERCENT), rows, m);
    }

    /**
     * Conversion, or from inquiry to outcome; {@code courses} (by the dimension's key) adds the course and PHQ-9
     * columns to the outcomes, or is null to leave them out.
     */
    public static Report conversion(ReportKind kind, String heading, List<ReportQueries.ConversionRow> data,
            Function<String, String> label, String completed, Map<String, ReportQueries.CourseRow> courses,
            Masker m) {
        List<Row> rows = new ArrayList<>();
        for (ReportQueries.ConversionRow r : data) {
            List<Cell> cells = new ArrayList<>(kind == ReportKind.OUTCOMES
                    ? List.of(m.count(r.inquiries()), m.count(r.treatment()), m.count(r.completed()),
                            m.rate(r.completed(), r.treatment()))
                    : List.of(m.count(r.inquiries()), m.count(r.consultation()), m.count(r.treatment()),
                            m.count(r.completed()), m.rate(r.consultation(), r.inquiries()),
                            m.rate(r.treatment(), r.inquiries())));
            if (kind == ReportKind.OUTCOMES && courses != null) {
                ReportQueries.CourseRow c = courses.getOrDefault(r.key(),
                        new ReportQueries.CourseRow(r.key(), 0, 0, null, 0, null));
                cells.addAll(List.of(m.count(c.started()), m.count(c.completed()),
                        m.statistic(c.started(), c.medianSessions()), m.count(c.scored()),
                        m.statistic(c.scored(), c.medianPhq9Change())));
            }
            rows.add(new Row(label.apply(r.key()), r.key(), cells));
        }
        if (kind == ReportKind.OUTCOMES) {
            List<String> columns = new ArrayList<>(List.of("Inquiries", "Started treatment", completed,
                    "Completed of started (%)"));
            List<String> units = new ArrayList<>(List.of(PEOPLE, PEOPLE, PEOPLE, PERCENT));
            if (courses != null) {
                columns.addAll(List.of("Courses started", "Courses completed", "Median sessions per course",
                        "People with two PHQ-9 scores", "Median PHQ-9 change (first to latest)"));
                units.addAll(List.of(COURSES, COURSES, SESSIONS, PEOPLE, POINTS));
            }
            return report(kind, heading, columns, units, rows, m);
        }
        return report(kind, heading, List.of("Inquiries", "Consultation", "Treatment started", completed,
                "To consultation (%)", "To treatment (%)"), List.of(PEOPLE, PEOPLE, PEOPLE, PEOPLE, PERCENT, PERCENT),
                rows, m);
    }

    public static Report timeTo(ReportQueries.TimeTo t, Masker m) {
        List<Row> rows = List.of(
                new Row("First contact", null, List.of(m.count(t.contacted()), m.statistic(t.contacted(), t.contactP50()),
                        m.statistic(t.contacted(), t.contactP90()))),
                new Row("Consultation", null, List.of(m.count(t.consulted()), m.statistic(t.consulted(), t.consultP50()),
                        m.statistic(t.consulted(), t.consultP90()))),
                new Row("Treatment started", null, List.of(m.count(t.treated()), m.statistic(t.treated(), t.treatP50()),
                        m.statistic(t.treated(), t.treatP90()))));
        return report(ReportKind.TIME_TO, "From inquiry to", percentileColumns("People", t.approximate()),
                List.of(PEOPLE, HOURS, HOURS), rows, m);
    }

    public static Report timeInStage(LeadStages stages, List<ReportQueries.StageTime> data, Masker m) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < stages.stages().size(); k++) {
            int stage = k;
            ReportQueries.StageTime t = data.stream().filter(s -> s.stage() == stage).findFirst()
                    .orElse(new ReportQueries.StageTime(k, 0, null, null, false));
            LeadStages.Stage named = stages.stages().get(k);
            rows.add(new Row(named.label(), named.name(), List.of(m.count(t.leads()),
                    m.statistic(t.leads(), t.p50Hours()), m.statistic(t.leads(), t.p90Hours()))));
        }
        boolean approximate = data.stream().anyMatch(ReportQueries.StageTime::approximate);
        return report(ReportKind.TIME_IN_STAGE, "Stage", percentileColumns("People who left it", approximate),
                List.of(PEOPLE, HOURS, HOURS), rows, m);
    }

    /** The columns of a median and 90th percentile; read from histograms, they say they are within 1 %. */
    private static List<String> percentileColumns(String people, boolean approximate) {
        String hours = approximate ? " (hours, within 1 %)" : " (hours)";
        return List.of(people, "Median" + hours, "90th percentile" + hours);
    }

    /** Cumulative arrivals into each stage by the end of each week. */
    public static Report cumulativeFlow(LeadStages stages, List<LocalDate> weeks, Map<Integer, Map<Integer, Long>> arrivals,
            Masker m) {
        long[] running = new long[stages.stages().size()];
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < weeks.size(); w++) {
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < running.length; k++) {
                running[k] += arrivals.getOrDefault(k, Map.of()).getOrDefault(w, 0L);
                cells.add(m.count(running[k]));
            }
            rows.add(new Row(weeks.get(w).toString(), weeks.get(w).toString(), cells));
        }
        return report(ReportKind.CUMULATIVE_FLOW, "Week of", stages.stages().stream().map(LeadStages.Stage::name).toList(),
                stages.stages().stream().map(s -> PEOPLE).toList(), rows, m);
    }

    public static Report createdConverted(List<LocalDate> weeks, Map<Integer, long[]> counts, Masker m) {
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < weeks.size(); w++) {
            long[] c = counts.getOrDefault(w, new long[2]);
            rows.add(new Row(weeks.get(w).toString(), weeks.get(w).toString(), List.of(m.count(c[0]), m.count(c[1]))));
        }
        return report(ReportKind.CREATED_CONVERTED, "Week of", List.of("New inquiries", "Started treatment"),
                List.of(PEOPLE, PEOPLE), rows, m);
    }

    /** Per month of arrival: inquiries and the share that reached each later stage. */
    public static Report cohorts(LeadStages stages, List<LocalDate> months, Map<Integer, Map<Integer, Long>> data,
            Masker m) {
        List<String> columns = new ArrayList<>(List.of("Inquiries"));
        List<String> units = new ArrayList<>(List.of(PEOPLE));
        for (int k = 1; k < stages.stages().size(); k++) {
            columns.add("Reached " + stages.stages().get(k).title() + " (%)");
            units.add(PERCENT);
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < months.size(); b++) {
            Map<Integer, Long> furthest = data.getOrDefault(b, Map.of());
            long total = furthest.values().stream().mapToLong(Long::longValue).sum();
            List<Cell> cells = new ArrayList<>(List.of(m.count(total)));
            for (int k = 1; k < stages.stages().size(); k++) {
                int stage = k;
                long reached = furthest.entrySet().stream().filter(e -> e.getKey() >= stage)
                        .mapToLong(Map.Entry::getValue).sum();
                cells.add(m.rate(reached, total));
            }
            String month = months.get(b).toString().substring(0, 7);
            rows.add(new Row(month, months.get(b).toString(), cells));
        }
        return report(ReportKind.COHORTS, "Month of inquiry", columns, units, rows, m);
    }

    /** Per stage closed from: how many leads ended with each resolution. */
    public static Report lostReasons(LeadStages stages, List<ReportQueries.Lost> data, Masker m) {
        Set<String> resolutions = new LinkedHashSet<>();
        data.forEach(l -> resolutions.add(l.resolution()));
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < stages.stages().size(); k++) {
            int stage = k;
            List<Cell> cells = resolutions.stream().map(res -> m.count(data.stream()
                    .filter(l -> l.stage() == stage && l.resolution().equals(res))
                    .mapToLong(ReportQueries.Lost::leads).sum())).toList();
            LeadStages.Stage named = stages.stages().get(k);
            rows.add(new Row(named.label(), named.name(), cells));
        }
        return report(ReportKind.LOST_REASONS, "Closed from stage", List.copyOf(resolutions),
                resolutions.stream().map(r -> PEOPLE).toList(), rows, m);
    }

    public static Report serviceLevels(ReportQueries.Levels l, Masker m) {
        List<Row> rows = List.of(
                new Row("First response", null, List.of(m.count(l.responseDue()), m.count(l.responseMet()),
                        m.count(l.responseMissed()), m.rate(l.responseMet(), l.responseMet() + l.responseMissed()))),
                new Row("Consultation", null, List.of(m.count(l.consultationDue()), m.count(l.consultationMet()),
                        m.count(l.consultationMissed()),
                        m.rate(l.consultationMet(), l.consultationMet() + l.consultationMissed()))));
        return report(ReportKind.SERVICE_LEVELS, "Target", List.of("With a target", "Met in time", "Missed",
                "Compliance (%)"), List.of(PEOPLE, PEOPLE, PEOPLE, PERCENT), rows, m);
    }

    /** One person's workload: open tasks (overdue among them) and open leads they hold as coordinator or clinician. */
    public record Workload(String key, String label, long openTasks, long overdueTasks, long coordinatorLeads,
            long clinicianLeads) {
    }

    /** Per person (a row key, the user name, only where people may be named and followed to their leads). */
    public static Report workload(List<Workload> people, Masker m) {
        List<Row> rows = people.stream().map(w -> new Row(w.label(), w.key(), List.of(m.count(w.openTasks()),
                m.count(w.overdueTasks()), m.count(w.coordinatorLeads()), m.count(w.clinicianLeads())))).toList();
        return report(ReportKind.WORKLOAD, "Person", List.of("Open tasks", "Overdue tasks",
                "Open leads as coordinator", "Open leads as clinician"), List.of(PEOPLE, PEOPLE, PEOPLE, PEOPLE),
                rows, m);
    }

    private static Report report(ReportKind kind, String heading, List<String> columns, List<String> units,
            List<Row> rows, Masker m) {
        return new Report(kind.path(), kind.title(), heading, columns, units, rows, m.limit());
    }
}
