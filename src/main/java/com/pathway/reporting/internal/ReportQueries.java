package com.pathway.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadStages;
import com.pathway.clinic.ReferrerOption;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.ReportProperties;

/**
 * The dashboard's SQL: every figure is aggregated in the database from the workflow's transition history
 * ({@code wf_history}) joined to the clinic's lead row for the filters; only the aggregates come back.
 * The same statements run on H2 (PostgreSQL mode) and PostgreSQL. Leads merged into another and leads
 * closed as duplicates are left out; a reopened lead counts once, at the furthest point it reached.
 * Each figure reads either the per-lead summary ({@link PerLeadSummary}, one row per lead, while it is current)
 * or the history itself, grouped per lead by the same rules ({@link Basis}).
 */
@Component
public class ReportQueries {

    /**
     * Where the per-lead figures come from: the daily totals (at most one filter; {@link DayTotals}), the summary
     * table, or the history grouped per lead.
     */
    public enum Basis {
        DAY_TOTALS, SUMMARY, HISTORY
    }

    /** The filters as plain values, the range already turned into instants (from inclusive, to exclusive). */
    public record Where(Instant from, Instant to, String source, String campaign, Long referrerId, String condition,
            String coordinator, String clinician) {
    }

    /** Per lead: how far it got (a position) and when it reached the milestones. */
    /** Per milestone: people who reached it, median and 90th percentile in hours ({@code approximate}: within 1 %). */
    public record TimeTo(long contacted, Double contactP50, Double contactP90, long consulted, Double consultP50,
            Double consultP90, long treated, Double treatP50, Double treatP90, boolean approximate) {
    }

    public record ConversionRow(String key, long inquiries, long consultation, long treatment, long completed) {
    }

    /**
     * Per value of a dimension: treatment courses started (at least one session recorded) and completed, the
     * median of sessions recorded per started course, and over the people with two PHQ-9 scores or more the
     * median change from the first score to the latest (negative is better).
     */
    public record CourseRow(String key, long started, long completed, Double medianSessions, long scored,
            Double medianPhq9Change) {
    }

    /** Per stage: people who left it, median and 90th percentile in hours ({@code approximate}: within 1 %). */
    public record StageTime(int stage, long leads, Double p50Hours, Double p90Hours, boolean approximate) {
    }

    public record Lost(int stage, String resolution, long leads) {
    }

    public record Levels(long responseDue, long responseMet, long responseMissed, long consultationDue,
            long consultationMet, long consultationMissed) {
    }

    public record Load(String role, String username, long openLeads) {
    }

    private final JdbcTemplate jdbc;
    private final DayTotals days;
    private final ReportProperties properties;

    public ReportQueries(JdbcTemplate jdbc, DayTotals days, ReportProperties properties) {
        this.jdbc = jdbc;
        this.days = days;
        this.properties = properties;
    }

    /** How many leads got exactly as far as each stage (0-based; -1 for none), by stage. */
    public Map<Integer, Long> furthestStage(LeadStages stages, Where where, Basis basis) {
        if (basis == Basis.DAY_TOTALS) {
            return days.furthestStage(stages, where);
        }
        Positions p = new Positions(stages);
        Sql sql = new Sql().add("select maxpos, count(*) from (").add(perLead(p, where, false, basis))
                .add(") per group by maxpos");
        Map<Integer, Long> byStage = new LinkedHashMap<>();
        jdbc.query(sql.text(), rs -> {
            byStage.merge(p.stageOf(rs.getInt(1)), rs.getLong(2), Long::sum);
        }, sql.args());
        return byStage;
    }

    /** Median and 90th percentile, in hours, from arrival to first contact, consultation and treatment. */
    public TimeTo timeTo(LeadStages stages, Where where, Basis basis) {
        if (basis == Basis.DAY_TOTALS) {
            TimeTo approximate = days.timeTo(where, properties.exactPercentilesUpTo());
            if (approximate != null) {
                return approximate;
            }
            basis = Basis.SUMMARY;
        }
        Positions p = new Positions(stages);
        Sql sql = new Sql().add("select count(contacted), ").add(percentiles("contacted"))
                .add(", count(consulted), ").add(percentiles("consulted"))
                .add(", count(treated), ").add(percentiles("treated"))
                .add(" from (").add(perLead(p, where, false, basis)).add(") per");
        return jdbc.queryForObject(sql.text(), (rs, n) -> new TimeTo(rs.getLong(1), hours(rs, 2), hours(rs, 3),
                rs.getLong(4), hours(rs, 5), hours(rs, 6), rs.getLong(7), hours(rs, 8), hours(rs, 9), false), sql.args());
    }

    /** Per value of the dimension: inquiries, how many reached consultation and treatment, completed care. */
    public List<ConversionRow> conversion(LeadStages stages, Where where, Basis basis, Dimension dimension) {
        if (basis == Basis.DAY_TOTALS) {
            return days.conversion(where, dimension);
        }
        Positions p = new Positions(stages);
        String column = column(dimension);
        Sql sql = new Sql().add("select " + column + ", count(*), sum(case when consulted is not null then 1 else 0 end),"
                + " sum(case when treated is not null then 1 else 0 end), sum(case when resolution in ")
                .in(stages.completedResolutions()).add(" then 1 else 0 end) from (")
                .add(perLead(p, where, false, basis)).add(") per group by " + column + " order by count(*) desc");
        return jdbc.query(sql.text(), (rs, n) -> new ConversionRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)), sql.args());
    }

    /**
     * Course and PHQ-9 figures per value of the dimension, for the leads of the filter (as counted by
     * {@link #conversion}); values without any course or pair of scores are left out.
     */
    public Map<String, CourseRow> courses(LeadStages stages, Where where, Basis given, Dimension dimension) {
        Basis basis = given == Basis.DAY_TOTALS ? Basis.SUMMARY : given; // courses are not in the daily totals
        Positions p = new Positions(stages);
        String column = column(dimension);
        Sql courses = new Sql().add("with per as (").add(perLead(p, where, false, basis))
                .add(") select k, count(*), sum(case when status = 'COMPLETED' then 1 else 0 end),"
                        + " percentile_cont(0.5) within group (order by sessions) from (select per." + column
                        + " as k, c.status as status, (select count(*) from infusion_session s where s.course_id = c.id)"
                        + " as sessions from per join treatment_course c on c.item_id = per.id) t where sessions > 0"
                        + " group by k");
        String phq9 = "from outcome_measure o where o.item_id = per.id and o.instrument = 'PHQ9'";
        // the people with two scores or more first (few), then their first and latest score
        Sql scores = new Sql().add("with per as (").add(perLead(p, where, false, basis))
                .add("), scored as (select item_id from outcome_measure where instrument = 'PHQ9' group by item_id"
                        + " having count(*) >= 2) select k, count(*), percentile_cont(0.5) within group (order by change)"
                        + " from (select per." + column + " as k, (select o.total " + phq9
                        + " order by o.recorded_at desc, o.id desc limit 1) - (select o.total " + phq9
                        + " order by o.recorded_at, o.id limit 1) as change from per join scored on scored.item_id = per.id)"
                        + " t group by k");
        Map<String, long[]> counts = new java.util.HashMap<>();
        Map<String, Double[]> medians = new java.util.HashMap<>();
        jdbc.query(courses.text(), rs -> {
            String key = rs.getString(1);
            counts.computeIfAbsent(key, k -> new long[3])[0] = rs.getLong(2);
            counts.get(key)[1] = rs.getLong(3);
            medians.computeIfAbsent(key, k -> new Double[2])[0] = number(rs, 4);
        }, courses.args());
        jdbc.query(scores.text(), rs -> {
            String key = rs.getString(1);
            counts.computeIfAbsent(key, k -> new long[3])[2] = rs.getLong(2);
            medians.computeIfAbsent(key, k -> new Double[2])[1] = number(rs, 3);
        }, scores.args());
        Map<String, CourseRow> rows = new java.util.HashMap<>();
        counts.forEach((key, c) -> rows.put(key, new CourseRow(key, c[0], c[1], medians.get(key)[0], c[2],
                medians.get(key)[1])));
        return rows;
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case SOURCE -> "source";
            case CAMPAIGN -> "campaign";
            case REFERRER -> "referrer_id";
        };
    }

    private static Double number(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Per stage (0-based) and time bucket: how many leads first reached the stage in that bucket, for the
     * cumulative flow; bucket -1 holds none (out of range).
     */
    public Map<Integer, Map<Integer, Long>> arrivals(LeadStages stages, Where where, Basis basis, List<Instant> boundaries) {
        if (basis == Basis.DAY_TOTALS) {
            return days.arrivals(stages, where, boundaries);
        }
        Positions p = new Positions(stages);
        Sql sql = new Sql().add("with per as (").add(perLead(p, where, true, basis)).add(") ");
        for (int k = 0; k < p.stageCount(); k++) {
            if (k > 0) {
                sql.add(" union all ");
            }
            Sql bucket = Positions.bucket("s" + k, boundaries);
            sql.add("select " + k + ", b, count(*) from (select ").add(bucket).add(" as b from per) x"
                    + " where b is not null group by b");
        }
        Map<Integer, Map<Integer, Long>> result = new LinkedHashMap<>();
        jdbc.query(sql.text(), rs -> {
            result.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(rs.getInt(2), rs.getLong(3));
        }, sql.args());
        return result;
    }

    /** Per time bucket: leads that arrived, and leads that started treatment (of those that arrived in range). */
    public Map<Integer, long[]> createdAndTreated(LeadStages stages, Where where, Basis basis, List<Instant> boundaries) {
        if (basis == Basis.DAY_TOTALS) {
            return days.createdAndTreated(where, boundaries);
        }
        Positions p = new Positions(stages);
        // one pass: per pair of arrival week and treatment week, added up per week below
        Sql sql = new Sql().add("select b0, b1, count(*) from (select ").add(Positions.bucket("created_at", boundaries))
                .add(" as b0, ").add(Positions.bucket("treated", boundaries)).add(" as b1 from (")
                .add(perLead(p, where, false, basis)).add(") per) x where b0 is not null or b1 is not null group by b0, b1");
        Map<Integer, long[]> result = new LinkedHashMap<>();
        jdbc.query(sql.text(), rs -> {
            int arrived = rs.getInt(1);
            if (!rs.wasNull()) {
                result.computeIfAbsent(arrived, b -> new long[2])[0] += rs.getLong(3);
            }
            int treated = rs.getInt(2);
            if (!rs.wasNull()) {
                result.computeIfAbsent(treated, b -> new long[2])[1] += rs.getLong(3);
            }
        }, sql.args());
        return result;
    }

    /** Per arrival bucket (month) and furthest stage (0-based, -1 for none): how many leads. */
    public Map<Integer, Map<Integer, Long>> cohorts(LeadStages stages, Where where, Basis basis, List<Instant> boundaries) {
        if (basis == Basis.DAY_TOTALS) {
            return days.cohorts(stages, where, boundaries);
        }
        Positions p = new Positions(stages);
        Sql sql = new Sql().add("select b, maxpos, count(*) from (select ").add(Positions.bucket("created_at", boundaries))
                .add(" as b, maxpos from (").add(perLead(p, where, false, basis)).add(") per) x"
                        + " where b is not null group by b, maxpos");
        Map<Integer, Map<Integer, Long>> result = new LinkedHashMap<>();
        jdbc.query(sql.text(), rs -> {
            result.computeIfAbsent(rs.getInt(1), b -> new LinkedHashMap<>()).merge(p.stageOf(rs.getInt(2)),
                    rs.getLong(3), Long::sum);
        }, sql.args());
        return result;
    }

    /**
     * Per stage: the time leads spent in it (all their stays added up, left stays only), median and 90th
     * percentile in hours, from the history's time in the status left.
     */
    public List<StageTime> timeInStage(LeadStages stages, Where where, Basis given) {
        Basis basis = given;
        if (basis == Basis.DAY_TOTALS) {
            List<StageTime> approximate = days.timeInStage(stages, where, properties.exactPercentilesUpTo());
            if (approximate != null) {
                return approximate;
            }
            basis = Basis.SUMMARY;
        }
        Positions p = new Positions(stages);
        Sql sql = new Sql().add("select k, count(*), percentile_cont(0.5) within group (order by ms),"
                + " percentile_cont(0.9) within group (order by ms) from (");
        if (basis == Basis.SUMMARY) {
            // one pass over the summary, a row per lead and stage
            StringBuilder stays = new StringBuilder("case s.k");
            StringBuilder ks = new StringBuilder();
            for (int k = 0; k < p.stageCount(); k++) {
                stays.append(" when ").append(k).append(" then l.stay_").append(k + 1);
                ks.append(k == 0 ? "" : ", ").append('(').append(k).append(')');
            }
            sql.add("select s.k as k, " + stays + " end as ms from report_lead l cross join (values " + ks + ") s(k)"
                    + " where ").add(leadWhere(stages, where, basis));
        } else {
            sql.add("select item_id, k, sum(ms) as ms from (select h.item_id as item_id, ").add(p.stage("h.from_status"))
                    .add(" as k, h.millis_in_from as ms from lead l join wf_history h on h.item_id = l.id where ")
                    .add(leadWhere(stages, where, basis))
                    .add(" and h.from_status is not null and h.millis_in_from is not null) s group by item_id, k");
        }
        sql.add(") t where k >= 0 and ms is not null group by k order by k");
        return jdbc.query(sql.text(), (rs, n) -> new StageTime(rs.getInt(1), rs.getLong(2), msToHours(rs, 3),
                msToHours(rs, 4), false), sql.args());
    }

    /** Closed leads by the stage they were closed from (0-based) and their resolution (the latest closing). */
    public List<Lost> lostReasons(LeadStages stages, Where where, Basis basis) {
        if (basis == Basis.DAY_TOTALS) {
            return days.lostReasons(where);
        }
        Positions p = new Positions(stages);
        Sql sql;
        if (basis == Basis.SUMMARY) {
            sql = new Sql().add("select l.closed_from, l.closed_resolution, count(*) from report_lead l where ")
                    .add(leadWhere(stages, where, basis)).add(" and l.resolution is not null and l.closed_resolution"
                            + " is not null group by l.closed_from, l.closed_resolution order by 1, 3 desc");
        } else {
            sql = new Sql().add("select k, resolution, count(*) from (select ").add(p.stage("h.from_status"))
                    .add(" as k, h.resolution as resolution from lead l join wf_history h on h.item_id = l.id where ")
                    .add(leadWhere(stages, where, basis))
                    .add(" and l.resolution is not null and h.id = (select max(h2.id) from wf_history h2"
                            + " where h2.item_id = l.id and h2.resolution is not null)) t group by k, resolution"
                            + " order by k, count(*) desc");
        }
        return jdbc.query(sql.text(), (rs, n) -> new Lost(rs.getInt(1), rs.getString(2), rs.getLong(3)), sql.args());
    }

    /** First-response and consultation targets of the leads: due, met in time, missed (late or overdue now). */
    public Levels serviceLevels(LeadStages stages, Where where, Basis given, Instant now) {
        Levels fromTotals = given == Basis.DAY_TOTALS ? days.serviceLevels(where, now) : null;
        if (fromTotals != null) {
            return fromTotals;
        }
        Basis basis = given == Basis.DAY_TOTALS ? Basis.SUMMARY : given;
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Sql sql = new Sql().add("select count(l.first_response_due_at),"
                + " sum(case when l.first_contact_at <= l.first_response_due_at then 1 else 0 end),"
                + " sum(case when l.first_contact_at > l.first_response_due_at"
                + " or (l.first_contact_at is null and l.first_response_due_at < ?) then 1 else 0 end),"
                + " count(l.consultation_due_at),"
                + " sum(case when l.consultation_at <= l.consultation_due_at then 1 else 0 end),"
                + " sum(case when l.consultation_at > l.consultation_due_at"
                + " or (l.consultation_at is null and l.consultation_due_at < ? and l.status_category <> 'DONE')"
                + " then 1 else 0 end) from " + table(basis) + " l where ", at, at).add(leadWhere(stages, where, basis));
        return jdbc.queryForObject(sql.text(), (rs, n) -> new Levels(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6)), sql.args());
    }

    /** Open leads per coordinator and per clinician, whenever they arrived (the other filters apply). */
    public List<Load> workload(LeadStages stages, Where where, Basis basis) {
        Where open = new Where(null, null, where.source(), where.campaign(), where.referrerId(), where.condition(),
                where.coordinator(), where.clinician());
        Map<String, Long> coordinators = new java.util.HashMap<>();
        Map<String, Long> clinicians = new java.util.HashMap<>();
        // open leads of every day: from the stored rows of the filters but the people (DayTotals.openLeads), else
        // from the summary (what the totals add up for other filters covers one range only)
        Basis read = basis == Basis.DAY_TOTALS && !DayTotals.storesOpenLeads(open) ? Basis.SUMMARY : basis;
        if (read == Basis.DAY_TOTALS) {
            days.openLeads(open).forEach((pair, n) -> add(coordinators, clinicians, pair.first(), pair.second(), n));
        } else {
            // one pass: per pair of coordinator and clinician, added up per person below
            Sql sql = new Sql().add("select l.coordinator, l.clinician, count(*) from " + table(read) + " l where ")
                    .add(leadWhere(stages, open, read)).add(" and l.status_category <> 'DONE' and (l.coordinator is"
                            + " not null or l.clinician is not null) group by l.coordinator, l.clinician");
            jdbc.query(sql.text(), rs -> {
                add(coordinators, clinicians, rs.getString(1), rs.getString(2), rs.getLong(3));
            }, sql.args());
        }
        List<Load> loads = new java.util.ArrayList<>();
        java.util.Comparator<Map.Entry<String, Long>> most = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        coordinators.entrySet().stream().sorted(most).forEach(e -> loads.add(new Load("coordinator", e.getKey(), e.getValue())));
        clinicians.entrySet().stream().sorted(most).forEach(e -> loads.add(new Load("clinician", e.getKey(), e.getValue())));
        return loads;
    }

    private static void add(Map<String, Long> coordinators, Map<String, Long> clinicians, String coordinator,
            String clinician, long leads) {
        if (coordinator != null) {
            coordinators.merge(coordinator, leads, Long::sum);
        }
        if (clinician != null) {
            clinicians.merge(clinician, leads, Long::sum);
        }
    }

    /** Referrers by name, at most {@code limit}: the dashboard's referrer picker. */
    public List<ReferrerOption> referrers(int limit) {
        return jdbc.query("select id, name from referrer order by name, id limit ?",
                (rs, n) -> new ReferrerOption(rs.getLong(1), rs.getString(2)), limit);
    }

    /** Referrers' names by id. */
    public Map<Long, String> referrerNames(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Sql sql = new Sql().add("select id, name from referrer where id in ").in(ids);
        jdbc.query(sql.text(), rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        }, sql.args());
        return names;
    }

    /**
     * One row per lead of the filter: arrival, source, campaign, referrer, resolution, furthest position,
     * first contact (leaving the initial status for an open one), consultation and treatment reached, and
     * with {@code arrivals} when the lead first reached each stage ({@code s0}, {@code s1}, …): from the
     * summary, or from the history grouped per lead ({@link Positions#milestones}, as the summary is written).
     */
    private Sql perLead(Positions p, Where where, boolean arrivals, Basis basis) {
        LeadStages stages = p.stages();
        if (basis != Basis.HISTORY) {
            Sql sql = new Sql().add("select l.lead_id as id, l.created_at as created_at, l.source as source,"
                    + " l.campaign_name as campaign, l.referrer_id as referrer_id, l.resolution as resolution,"
                    + " l.maxpos as maxpos, l.contacted_at as contacted, l.consulted_at as consulted,"
                    + " l.treated_at as treated");
            for (int k = 0; arrivals && k < p.stageCount(); k++) {
                sql.add(", l.reached_" + (k + 1) + " as s" + k);
            }
            return sql.add(" from report_lead l where ").add(leadWhere(stages, where, basis));
        }
        return new Sql().add("select l.id as id, l.created_at as created_at, l.source as source,"
                + " l.campaign_name as campaign, l.referrer_id as referrer_id, l.resolution as resolution, ")
                .add(p.milestones(arrivals)).add(" from lead l join wf_history h on h.item_id = l.id where ").add(leadWhere(stages, where, basis))
                .add(" group by l.id, l.created_at, l.source, l.campaign_name, l.referrer_id, l.resolution");
    }

    /** The table of the leads' rows: the summary, or the leads themselves. */
    private static String table(Basis basis) {
        return basis == Basis.HISTORY ? "lead" : "report_lead";
    }

    /** The leads the figures count, on {@code lead l}: neither merged into another nor closed as a duplicate. */
    static Sql counted(LeadStages stages) {
        return new Sql().add("l.merged_into is null and (l.resolution is null or l.resolution not in ")
                .in(stages.duplicateResolutions()).add(")");
    }

    /**
     * The filters on {@code lead l} or {@code report_lead l} (the same column names); merged leads and leads closed
     * as duplicates never count (the summary holds no row for them).
     */
    private static Sql leadWhere(LeadStages stages, Where w, Basis basis) {
        Sql sql = basis == Basis.HISTORY ? counted(stages) : new Sql().add("1 = 1");
        if (w.from() != null) {
            sql.add(" and l.created_at >= ?", w.from().atOffset(ZoneOffset.UTC));
        }
        if (w.to() != null) {
            sql.add(" and l.created_at < ?", w.to().atOffset(ZoneOffset.UTC));
        }
        equal(sql, "l.source", w.source());
        equal(sql, "l.campaign_name", w.campaign());
        equal(sql, "l.referrer_id", w.referrerId());
        equal(sql, "l.condition_of_interest", w.condition());
        equal(sql, "l.coordinator", w.coordinator());
        equal(sql, "l.clinician", w.clinician());
        return sql;
    }

    private static void equal(Sql sql, String column, Object value) {
        if (value != null) {
            sql.add(" and " + column + " = ?", value);
        }
    }

    private static Sql percentiles(String column) {
        String seconds = "extract(epoch from (" + column + " - created_at))";
        return new Sql().add("percentile_cont(0.5) within group (order by " + seconds + "),"
                + " percentile_cont(0.9) within group (order by " + seconds + ")");
    }

    private static Double hours(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : seconds / 3600.0;
    }

    private static Double msToHours(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double ms = rs.getDouble(column);
        return rs.wasNull() ? null : ms / 3_600_000.0;
    }
}
