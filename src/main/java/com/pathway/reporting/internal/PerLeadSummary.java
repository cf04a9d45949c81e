package com.pathway.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.LeadStages;
import com.pathway.shared.Databases;

/**
 * The dashboard's per-lead summary ({@code report_lead}): one row per lead the figures count, holding the
 * lead's filter columns, status category and service-level targets, and what its transition history says under
 * the workflow's stages (how far it got, when it was first contacted and reached each stage, the time it spent in
 * each stage, the latest closing).
 * Every row is computed by one statement from the lead and its history, whether for a few leads
 * ({@link #refresh}, in the transaction that changed them) or for all ({@link #rebuild}, in batches), so
 * the two cannot disagree. The figures read the summary only while {@link #current} says it was built for
 * the published stages; otherwise they group the history as before. Every row written is noted for the daily
 * totals ({@link DayTotals}), which a rebuild of the summary rebuilds too.
 */
@Component
public class PerLeadSummary {

    /** The most open stages the summary has columns for; a workflow with more is reported from the history. */
    public static final int MAX_STAGES = 12;

    private static final Logger log = LoggerFactory.getLogger(PerLeadSummary.class);
    private static final int BATCH = 5_000;

    /** What one rebuild did. */
    public record Rebuilt(long leads, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Object rebuilding = new Object();
    private final DayTotals days;

    public PerLeadSummary(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, DayTotals days) {
        this.jdbc = jdbc;
        this.days = days;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the summary has columns for these stages. */
    public static boolean supports(LeadStages stages) {
        return stages.stages().size() <= MAX_STAGES;
    }

    /** A fingerprint of the stages and milestones the summary's rows depend on. */
    static String fingerprint(LeadStages stages) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(stages.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the summary was built, completely, for these stages (read from the database every time). */
    public boolean current(LeadStages stages) {
        return supports(stages) && builtFor().filter(fingerprint(stages)::equals).isPresent();
    }

    private Optional<String> builtFor() {
        return jdbc.query("select stages from report_summary_state where id = 1", (rs, n) -> rs.getString(1))
                .stream().findFirst();
    }

    /**
     * Writes the rows of these leads again, in the caller's transaction. Their lead rows are locked first, so that a
     * rebuild running beside it waits for the transaction (or the other way round) instead of writing the same row.
     */
    public void refresh(Collection<Long> leadIds, LeadStages stages) {
        if (leadIds.isEmpty() || !supports(stages)) {
            return;
        }
        for (List<Long> ids : chunks(leadIds)) {
            rewrite(stages, column -> new Sql().add(column + " in ").in(ids));
            days.noteChanged(new Sql().add("l.id in ").in(ids));
        }
    }

    /**
     * Locks the leads the condition names (on an id column), removes their rows and writes them again. A lead created
     * meanwhile within a range was not there to lock or remove; if its transaction commits (with its row) before the
     * insert reads it, its row stands.
     */
    private void rewrite(LeadStages stages, Function<String, Sql> ids) {
        Sql lock = new Sql().add("select id from lead where ").add(ids.apply("id")).add(" order by id for update");
        jdbc.query(lock.text(), rs -> {
        }, lock.args());
        Sql delete = new Sql().add("delete from report_lead where ").add(ids.apply("lead_id"));
        jdbc.update(delete.text(), delete.args());
        Sql insert = insert(stages, ids.apply("l.id")).add(" on conflict do nothing");
        jdbc.update(insert.text(), insert.args());
    }

    /**
     * Writes the rows of leads created in the caller's transaction, which no other transaction sees yet: no row of
     * theirs exists, and none can be written beside it.
     */
    public void add(Collection<Long> newLeadIds, LeadStages stages) {
        if (newLeadIds.isEmpty() || !supports(stages)) {
            return;
        }
        for (List<Long> ids : chunks(newLeadIds)) {
            Sql insert = insert(stages, new Sql().add("l.id in ").in(ids));
            jdbc.update(insert.text(), insert.args());
            days.noteChanged(new Sql().add("l.id in ").in(ids));
        }
    }

    /** The ids in order, without repeats, in lists of at most 1,000 (one statement's parameters each). */
    private static List<List<Long>> chunks(Collection<Long> leadIds) {
        List<Long> ids = leadIds.stream().distinct().sorted().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    /**
     * Builds every row again from the history, {@value #BATCH} leads per transaction, then records the stages
     * it was built for. The figures read the history until it is done. One rebuild at a time per node.
     */
    public Rebuilt rebuild(LeadStages stages) {
        if (!supports(stages)) {
            throw new IllegalStateException("The workflow has " + stages.stages().size()
                    + " open stages; the report summary has columns for " + MAX_STAGES + ".");
        }
        synchronized (rebuilding) {
            long started = System.nanoTime();
            tx.executeWithoutResult(s -> jdbc.update("delete from report_summary_state"));
            Long min = jdbc.queryForObject("select min(id) from lead", Long.class);
            Long max = jdbc.queryForObject("select max(id) from lead", Long.class);
            if (min != null) {
                for (long lo = min; lo <= max; lo += BATCH) {
                    long from = lo;
                    long to = lo + BATCH - 1;
                    tx.executeWithoutResult(s -> rewrite(stages,
                            column -> new Sql().add(column + " between ? and ?", from, to)));
                }
            }
            analyze(jdbc, "report_lead");
            long leads = tx.execute(s -> {
                long count = jdbc.queryForObject("select count(*) from report_lead", Long.class);
                jdbc.update("delete from report_summary_state");
                jdbc.update("insert into report_summary_state (id, stages, leads, built_at) values (1, ?, ?, ?)",
                        fingerprint(stages), count, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return count;
            });
            Rebuilt rebuilt = new Rebuilt(leads, (System.nanoTime() - started) / 1_000_000);
            log.info("Report summary rebuilt: {} leads in {} ms.", rebuilt.leads(), rebuilt.millis());
            days.rebuild(stages);
            return rebuilt;
        }
    }

    /** Fresh planner statistics for a rewritten table (PostgreSQL; H2 keeps its own). */
    static void analyze(JdbcTemplate jdbc, String table) {
        if (postgres(jdbc)) {
            jdbc.execute("analyze " + table);
        }
    }

    /** Whether the database is PostgreSQL (else H2, in PostgreSQL mode). */
    static boolean postgres(JdbcTemplate jdbc) {
        return Databases.isPostgres(jdbc.getDataSource());
    }

    /** Forgets what the summary was built for: the figures read the history until the next rebuild. */
    public void markStale() {
        jdbc.update("delete from report_summary_state");
    }

    /**
     * {@code insert into report_lead … select …} for the counted leads matching {@code which} (on {@code lead l}):
     * the furthest position, first contact (leaving the initial status for an open one), consultation and
     * treatment reached, when each stage was first reached, the time in each stage over the stays that ended, and
     * the latest closing's stage and resolution.
     */
    static Sql insert(LeadStages stages, Sql which) {
        Positions p = new Positions(stages);
        int n = p.stageCount();
        List<String> columns = new ArrayList<>(List.of("lead_id", "created_at", "source", "campaign_name", "referrer_id",
                "condition_of_interest", "coordinator", "clinician", "resolution", "status_category", "first_response_due_at",
                "first_contact_at", "consultation_due_at", "consultation_at", "maxpos", "contacted_at",
                "consulted_at", "treated_at"));
        for (int k = 1; k <= n; k++) {
            columns.add("reached_" + k);
        }
        for (int k = 1; k <= n; k++) {
            columns.add("stay_" + k);
        }
        columns.add("closed_from");
        columns.add("closed_resolution");
        Sql sql = new Sql().add("insert into report_lead (" + String.join(", ", columns) + ") select l.id, l.created_at,"
                + " l.source, l.campaign_name, l.referrer_id, l.condition_of_interest, l.coordinator, l.clinician,"
                + " l.resolution, l.status_category, l.first_response_due_at, l.first_contact_at, l.consultation_due_at,"
                + " l.consultation_at, ").add(p.milestones(true));
        Sql stageOfFrom = p.stage("h.from_status");
        for (int k = 0; k < n; k++) {
            sql.add(", sum(case when ").add(stageOfFrom).add(" = " + k + " then h.millis_in_from end)");
        }
        String latestClosing = "(select max(h2.id) from wf_history h2 where h2.item_id = l.id and h2.resolution is not null)";
        sql.add(", (select ").add(p.stage("h3.from_status")).add(" from wf_history h3 where h3.id = " + latestClosing + ")")
                .add(", (select h3.resolution from wf_history h3 where h3.id = " + latestClosing + ")");
        return sql.add(" from lead l join wf_history h on h.item_id = l.id where ").add(ReportQueries.counted(stages))
                .add(" and ").add(which)
                .add(" group by l.id, l.created_at, l.source, l.campaign_name, l.referrer_id, l.condition_of_interest,"
                        + " l.coordinator, l.clinician, l.resolution, l.status_category, l.first_response_due_at,"
                        + " l.first_contact_at, l.consultation_due_at, l.consultation_at");
    }
}
