package com.pathway.reporting.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadStages;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.internal.DayFigures.Counts;
import com.pathway.reporting.internal.DayFigures.Histogram;
import com.pathway.reporting.internal.DayFigures.Levels;
import com.pathway.reporting.internal.DayFigures.Packer;
import com.pathway.reporting.internal.DayFigures.Pairs;
import com.pathway.reporting.internal.DayFigures.Unpacker;
import com.pathway.reporting.internal.ReportQueries.ConversionRow;
import com.pathway.reporting.internal.ReportQueries.Lost;
import com.pathway.reporting.internal.ReportQueries.StageTime;
import com.pathway.reporting.internal.ReportQueries.TimeTo;
import com.pathway.reporting.internal.ReportQueries.Where;
import com.pathway.shared.ClinicProperties;

/**
 * The dashboard's daily totals ({@code report_day}): the per-lead summary ({@link PerLeadSummary}) added up per day of
 * arrival in the clinic's zone, once for every lead and once per value of each filter (source, campaign, referrer,
 * condition, coordinator, clinician). A figure over a range with at most one filter reads a row a day instead of a row
 * a lead. Counts are exact; medians and 90th percentiles come from histograms within 1 % (exact figures are asked of
 * the summary when few people are counted).
 * <p>
 * The summary notes the arrival time of every lead whose row it writes ({@code report_day_dirty}, in the same
 * transaction); before a figure is read, the days noted are added up again from the summary ({@link #catchUp}), so a
 * figure never reads totals older than the summary. {@link #rebuild} adds up every day, after the summary's rebuild or
 * when the stages or the clinic's zone changed.
 */
@Component
public class DayTotals {

    static final int ALL = 0;
    static final int SOURCE = 1;
    static final int CAMPAIGN = 2;
    static final int REFERRER = 3;
    static final int CONDITION = 4;
    static final int COORDINATOR = 5;
    static final int CLINICIAN = 6;
    /** Rows of values that are absent are kept only for the dimensions figures are broken down by. */
    private static final int LAST_BROKEN_DOWN = REFERRER;
    /** The filters also added up in pairs: every one but the referrer, whose values are many. */
    private static final List<Integer> PAIRED = List.of(SOURCE, CAMPAIGN, CONDITION, COORDINATOR, CLINICIAN);

    /** The summary's column of each filter, by {@code dim}. */
    private static final String[] FILTER_COLUMNS = {null, "l.source", "l.campaign_name", "l.referrer_id",
            "l.condition_of_interest", "l.coordinator", "l.clinician"};

    /** The columns of {@code report_day}, in the order of a row's values. */
    private static final List<String> COLUMNS = List.of("arrived_on", "dim", "val", "val2", "leads", "consulted",
            "treated", "completed", "furthest", "time_to", "stays", "arrivals", "treated_days", "lost", "levels",
            "open_load");
    private static final String INSERT = "insert into report_day (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    private static final Logger log = LoggerFactory.getLogger(DayTotals.class);

    /** What one rebuild did: rows written, from how many leads, in how long. */
    public record Rebuilt(long rows, long leads, long millis) {
    }

    /**
     * Which rows a figure reads: those of every lead ({@code dim} 0, no value), of one filter value ({@code dim}
     * 1–6, {@code val}), or of a pair of filter values ({@code dim} {@code 10a + b} for filters {@code a < b},
     * {@code val} and {@code val2}).
     */
    record Slice(int dim, String val, String val2) {

        /** The rows for these filters, or empty when they are three or more, or two with the referrer. */
        static Optional<Slice> of(Where w) {
            List<Integer> dims = new ArrayList<>();
            List<String> vals = new ArrayList<>();
            Object[] values = filterValues(w);
            for (int d = 1; d < values.length; d++) {
                if (values[d] != null) {
                    dims.add(d);
                    vals.add(values[d].toString());
                }
            }
            return switch (dims.size()) {
                case 0 -> Optional.of(new Slice(ALL, null, null));
                case 1 -> Optional.of(new Slice(dims.get(0), vals.get(0), null));
                case 2 -> PAIRED.containsAll(dims) ? Optional.of(new Slice(10 * dims.get(0) + dims.get(1), vals.get(0),
                        vals.get(1))) : Optional.empty();
                default -> Optional.empty();
            };
        }

        boolean pair() {
            return dim >= 10;
        }

        /** The filters this slice narrows to. */
        List<Integer> filters() {
            return dim == ALL ? List.of() : pair() ? List.of(dim / 10, dim % 10) : List.of(dim);
        }
    }

    /** The filters' values by {@code dim} (null for none, and at 0). */
    private static Object[] filterValues(Where w) {
        return new Object[] {null, w.source(), w.campaign(), w.referrerId(), w.condition(), w.coordinator(),
            w.clinician()};
    }

    /** The pair's {@code dim} and the columns ({@code val}, {@code val2}) holding the two filters' values. */
    private record PairColumns(int dim, String first, String second) {

        static PairColumns of(int a, int b) {
            return a < b ? new PairColumns(10 * a + b, "val", "val2") : new PairColumns(10 * b + a, "val2", "val");
        }
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final TransactionTemplate readOnlyTx;
    private final Clock clock;
    private final ZoneId zone;
    /** Held while the totals are written (a rebuild, a catch-up), one at a time on this node. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean rebuilding;
    private final boolean postgres;
    private final ClinicWorkflow workflow;
    /**
     * Totals of filters the stored rows do not hold (three or more, or two with the referrer), every day, for every
     * lead and each value of the breakdowns: keyed by the filters and the state of the totals, which a change to any
     * lead moves on, so an entry is never read after a change it does not hold.
     */
    private final Cache<List<Object>, List<Object[]>> narrowed = Caffeine.newBuilder().maximumSize(4)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public DayTotals(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
            ClinicProperties clinic, ClinicWorkflow workflow) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.tx = new TransactionTemplate(transactions);
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnlyTx = new TransactionTemplate(transactions);
        this.readOnlyTx.setReadOnly(true);
        this.clock = clock;
        this.zone = clinic.timeZone();
        this.postgres = PerLeadSummary.postgres(jdbc);
    }

    /**
     * Whether these filters and this breakdown can be read from the totals: at most two filters (not two with the
     * referrer), broken down by no filter, by the one filter, by one of the two, or (source and campaign) by any
     * filter but the referrer; or three filters or more, or two with the referrer, whatever the breakdown (the
     * totals of such filters are added up from the summary when first read, and kept until a lead changes).
     */
    public static boolean answers(Where where, Dimension by) {
        Optional<Slice> slice = Slice.of(where);
        if (slice.isEmpty()) {
            return true; // added up for these filters when first read ({@link #narrowed})
        }
        if (by == null || slice.get().dim() == ALL) {
            return true;
        }
        int breakdown = dimension(by);
        List<Integer> filters = slice.get().filters();
        return filters.contains(breakdown)
                || filters.size() == 1 && PAIRED.contains(breakdown) && PAIRED.contains(filters.get(0));
    }

    private static int dimension(Dimension by) {
        return switch (by) {
            case SOURCE -> SOURCE;
            case CAMPAIGN -> CAMPAIGN;
            case REFERRER -> REFERRER;
        };
    }

    private String builtFor(LeadStages stages) {
        return PerLeadSummary.fingerprint(stages) + " " + zone.getId();
    }

    /** Whether the totals were built, completely, for these stages and the clinic's zone. */
    public boolean current(LeadStages stages) {
        return jdbc.query("select built_for from report_day_state where id = 1", (rs, n) -> rs.getString(1))
                .stream().anyMatch(builtFor(stages)::equals);
    }

    /** Notes, in the caller's transaction, that the leads matching {@code which} (on {@code lead l}) changed. */
    void noteChanged(Sql which) {
        Sql note = new Sql().add("insert into report_day_dirty (created_at) select l.created_at from lead l where ")
                .add(which);
        jdbc.update(note.text(), note.args());
    }

    /** Adds up every day again from the summary, in one transaction; the figures read the summary meanwhile. */
    public Rebuilt rebuild(LeadStages stages) {
        writing.lock();
        rebuilding = true;
        try {
            long started = System.nanoTime();
            long[] counted = new long[2];
            tx.executeWithoutResult(s -> {
                jdbc.update("delete from report_day_state");
                jdbc.update("delete from report_day_dirty");
                jdbc.update("delete from report_day");
                addUp(stages, new Sql().add("1 = 1"), true, this::insert, counted);
                jdbc.update("insert into report_day_state (id, built_for, built_at, caught_up_to) values (1, ?, ?, 0)",
                        builtFor(stages),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            });
            PerLeadSummary.analyze(jdbc, "report_day");
            Rebuilt rebuilt = new Rebuilt(counted[0], counted[1], (System.nanoTime() - started) / 1_000_000);
            log.info("Report day totals rebuilt: {} rows from {} leads in {} ms.", rebuilt.rows(), rebuilt.leads(),
                    rebuilt.millis());
            return rebuilt;
        } finally {
            rebuilding = false;
            writing.unlock();
        }
    }

    /**
     * Adds up again the days noted since the last time, in a transaction of its own (the caller's, if any, then sees
     * them). False while a rebuild runs, after two seconds behind another catch-up, or when the totals are not
     * current: the figures then read the summary.
     */
    public boolean catchUp(LeadStages stages) {
        if (rebuilding) {
            return false;
        }
        if (jdbc.queryForObject("select count(*) from (select id from report_day_dirty fetch first 1 rows only) d",
                Long.class) == 0) {
            return true;
        }
        try {
            // behind another catch-up for at most two seconds (a large import can leave many days to add up)
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (!writing.tryLock(100, TimeUnit.MILLISECONDS)) {
                if (rebuilding || System.nanoTime() > giveUp) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTx.execute(s -> {
                List<String> state = jdbc.query("select built_for from report_day_state where id = 1 for update",
                        (rs, n) -> rs.getString(1));
                if (!state.contains(builtFor(stages))) {
                    return false;
                }
                List<Long> ids = new ArrayList<>();
                TreeSet<LocalDate> days = new TreeSet<>();
                jdbc.query("select id, created_at from report_day_dirty order by id", rs -> {
                    ids.add(rs.getLong(1));
                    days.add(LocalDate.ofInstant(rs.getObject(2, OffsetDateTime.class).toInstant(), zone));
                });
                for (LocalDate day : days) {
                    jdbc.update("delete from report_day where arrived_on = ?", day);
                    addUp(stages, new Sql().add("l.created_at >= ? and l.created_at < ?", start(day),
                            start(day.plusDays(1))), true, this::insert, new long[2]);
                }
                jdbc.update("update report_day_state set caught_up_to = ? where id = 1", ids.getLast());
                for (int i = 0; i < ids.size(); i += 1000) {
                    Sql delete = new Sql().add("delete from report_day_dirty where id in ")
                            .in(ids.subList(i, Math.min(ids.size(), i + 1000)));
                    jdbc.update(delete.text(), delete.args());
                }
                return true;
            }));
        } finally {
            writing.unlock();
        }
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * Reads the summary's rows matching {@code which} in order of arrival and hands each day's rows to {@code out}:
     * for every lead, each filter value and each pair ({@code stored}), or for every lead and each value of the
     * breakdowns only. {@code counted} gets the rows and the leads.
     */
    private void addUp(LeadStages stages, Sql which, boolean stored, Consumer<List<Object[]>> out, long[] counted) {
        Positions p = new Positions(stages);
        int n = p.stageCount();
        StringBuilder columns = new StringBuilder("l.created_at, l.source, l.campaign_name, l.referrer_id,"
                + " l.condition_of_interest, l.coordinator, l.clinician, l.resolution, l.status_category,"
                + " l.first_response_due_at, l.first_contact_at, l.consultation_due_at, l.consultation_at, l.maxpos,"
                + " l.contacted_at, l.consulted_at, l.treated_at, l.closed_from, l.closed_resolution");
        for (int k = 1; k <= n; k++) {
            columns.append(", l.reached_").append(k);
        }
        for (int k = 1; k <= n; k++) {
            columns.append(", l.stay_").append(k);
        }
        Sql sql = new Sql().add("select " + columns + " from report_lead l where ").add(which)
                .add(" order by l.created_at");
        long builtAt = clock.millis();
        ZoneDays days = new ZoneDays(zone);
        Map<Slice, Totals> day = new LinkedHashMap<>();
        LocalDate[] current = {null};
        streaming.query(con -> binaryResults(con.prepareStatement(sql.text()), sql.args()), (ResultSet rs) -> {
            Lead lead = Lead.read(rs, p, stages, days);
            LocalDate arrived = LocalDate.ofEpochDay(days.of(lead.created));
            if (!arrived.equals(current[0])) {
                counted[0] += flush(current[0], day, out);
                current[0] = arrived;
            }
            counted[1]++;
            for (int d = 0; d < (stored ? lead.filters.length : LAST_BROKEN_DOWN + 1); d++) {
                if (d == ALL || lead.filters[d] != null || d <= LAST_BROKEN_DOWN) {
                    // the breakdowns of filters the stored rows do not hold are read for conversion only: counts
                    day.computeIfAbsent(new Slice(d, lead.filters[d], null), s -> new Totals(n, builtAt))
                            .add(lead, builtAt, !stored && d != ALL);
                }
            }
            for (int i = 0; stored && i < PAIRED.size(); i++) {
                for (int j = i + 1; j < PAIRED.size(); j++) {
                    int a = PAIRED.get(i);
                    int b = PAIRED.get(j);
                    if (lead.filters[a] != null || lead.filters[b] != null) {
                        day.computeIfAbsent(new Slice(10 * a + b, lead.filters[a], lead.filters[b]),
                                s -> new Totals(n, builtAt)).add(lead, builtAt, false);
                    }
                }
            }
        });
        counted[0] += flush(current[0], day, out);
    }

    /**
     * The statement with its values; on PostgreSQL its rows come in binary (a timestamp in eight bytes, not text to
     * parse) from its first run on a connection, where the driver would wait for the fifth.
     */
    private PreparedStatement binaryResults(PreparedStatement statement, Object[] args) throws SQLException {
        if (postgres) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
        new ArgumentPreparedStatementSetter(args).setValues(statement);
        return statement;
    }

    private static int flush(LocalDate day, Map<Slice, Totals> rows, Consumer<List<Object[]>> out) {
        if (day == null || rows.isEmpty()) {
            return 0;
        }
        List<Object[]> batch = new ArrayList<>();
        rows.forEach((slice, t) -> batch.add(t.row(day, slice)));
        out.accept(batch);
        rows.clear();
        return batch.size();
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate(INSERT, rows);
    }

    /**
     * The rows of filters the stored rows do not hold, for the days of the filter's range: added up from the
     * summary's leads of these filters and range when first asked for, then kept until the state of the totals moves
     * on (after any lead changed, at the next catch-up) or for ten minutes unread.
     */
    private List<Object[]> narrowed(Where w) {
        LeadStages stages = workflow.stages();
        String state = jdbc.query("select built_at, caught_up_to from report_day_state where id = 1",
                rs -> rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() + " " + rs.getLong(2) : "none");
        Object[] values = filterValues(w);
        LocalDate from = fromDay(w);
        LocalDate to = toDay(w);
        List<Object> key = new ArrayList<>(java.util.Arrays.asList(values));
        key.addAll(List.of(from, to, builtFor(stages), state));
        return narrowed.get(key, k -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                // in a figure's transaction (not prepared before it): in that transaction, one pass
                return List.copyOf(addUpNarrowed(stages, values, from, to));
            }
            return addUpInParts(stages, values, from, to);
        });
    }

    /**
     * Adds up, before a figure's transaction, the totals of filters the stored rows do not hold ({@link #stored}),
     * so that the figures find them in memory: the range is cut into twice as many parts as there are processors (at
     * most four), each read on a connection and in a read-only transaction of its own at the same time, so that one
     * part is added up while another waits for its next rows. Nothing to do for filters the stored rows hold.
     */
    public void prepare(Where where) {
        if (!stored(where) && where.from() != null && where.to() != null) {
            narrowed(where);
        }
    }

    private List<Object[]> addUpInParts(LeadStages stages, Object[] values, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        int parts = (int) Math.max(1, Math.min(days, Math.min(4, 2 * Runtime.getRuntime().availableProcessors())));
        List<Future<List<Object[]>>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < parts; i++) {
                LocalDate partFrom = from.plusDays(days * i / parts);
                LocalDate partTo = from.plusDays(days * (i + 1) / parts - 1);
                running.add(threads.submit(() -> readOnlyTx.execute(s -> addUpNarrowed(stages, values, partFrom,
                        partTo))));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Future<List<Object[]>> part : running) {
                rows.addAll(part.get()); // the parts' days follow one another: the rows stay in order of days
            }
            return List.copyOf(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding up the figures' leads.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The rows of these filters' leads that arrived from {@code from} to {@code to}, read in the current transaction. */
    private List<Object[]> addUpNarrowed(LeadStages stages, Object[] values, LocalDate from, LocalDate to) {
        Sql which = new Sql().add("l.created_at >= ? and l.created_at < ?", start(from), start(to.plusDays(1)));
        for (int d = 1; d < values.length; d++) {
            if (values[d] != null) {
                which.add(" and " + FILTER_COLUMNS[d] + " = ?", values[d]);
            }
        }
        if (values[REFERRER] != null) {
            // a referrer sends few leads: found through the lead table's index (the summary has none)
            which.add(" and l.lead_id in (select x.id from lead x where x.referrer_id = ?)", values[REFERRER]);
        }
        List<Object[]> rows = new ArrayList<>();
        streamed(() -> addUp(stages, which, false, rows::addAll, new long[2]));
        return rows;
    }

    /**
     * Runs a read of many rows so that they stream to it: on PostgreSQL through a cursor planned for every row (not
     * for the first ones, which would read the summary in order of arrival); on H2 lazily, not buffered first.
     */
    private void streamed(Runnable read) {
        if (postgres) {
            jdbc.execute("set local cursor_tuple_fraction = 1");
            read.run();
            return;
        }
        jdbc.execute("set lazy_query_execution true");
        try {
            read.run();
        } finally {
            jdbc.execute("set lazy_query_execution false");
        }
    }

    /** The narrowed rows of one {@code dim} (every lead, or a breakdown). */
    private List<Object[]> narrowed(Where w, int dim) {
        return narrowed(w).stream().filter(r -> (int) r[1] == dim).toList();
    }

    /** One lead's summary row, as the totals count it. */
    private record Lead(Instant created, String[] filters, boolean consulted, boolean treated, boolean completed,
            int furthest, int[] timeTo, int[] stays, int[] reached, Integer treatedDay, Pairs.Key lost,
            Instant responseDue, Instant firstContact, Instant consultationDue, Instant consultationAt, boolean done,
            Pairs.Key open) {

        static Lead read(ResultSet rs, Positions p, LeadStages stages, ZoneDays zone) throws SQLException {
            int n = p.stageCount();
            Instant created = instant(rs, 1);
            String referrer = rs.getString(4);
            String[] filters = {null, rs.getString(2), rs.getString(3), referrer, rs.getString(5), rs.getString(6),
                    rs.getString(7)};
            String resolution = rs.getString(8);
            Instant contacted = instant(rs, 15);
            Instant consulted = instant(rs, 16);
            Instant treated = instant(rs, 17);
            // the histograms' buckets, worked out once for every slice the lead counts in (-1: none)
            int[] timeTo = {bucket(created, contacted), bucket(created, consulted), bucket(created, treated)};
            int[] reached = new int[n];
            int[] stays = new int[n];
            for (int k = 0; k < n; k++) {
                Instant at = instant(rs, 20 + k);
                reached[k] = at == null ? Integer.MIN_VALUE : zone.of(at);
                long ms = rs.getLong(20 + n + k);
                stays[k] = rs.wasNull() ? -1 : Histogram.bucket(ms / 1000.0);
            }
            int closedFrom = rs.getInt(18); // as the summary's figures read it: 0 for none
            String closedResolution = rs.getString(19);
            boolean done = "DONE".equals(rs.getString(9));
            String coordinator = filters[COORDINATOR];
            String clinician = filters[CLINICIAN];
            return new Lead(created, filters, consulted != null, treated != null,
                    resolution != null && stages.completedResolutions().contains(resolution),
                    p.stageOf(rs.getInt(14)) + 1, timeTo, stays, reached,
                    treated == null ? null : zone.of(treated),
                    resolution == null || closedResolution == null ? null
                            : new Pairs.Key(Integer.toString(closedFrom), closedResolution),
                    instant(rs, 10), instant(rs, 11), instant(rs, 12), instant(rs, 13), done,
                    done || coordinator == null && clinician == null ? null : new Pairs.Key(coordinator, clinician));
        }

        private static Instant instant(ResultSet rs, int column) throws SQLException {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }

        private static int bucket(Instant from, Instant to) {
            return to == null ? -1 : Histogram.bucket(Duration.between(from, to).toNanos() / 1e9);
        }
    }

    /**
     * Days since 1970-01-01 in the clinic's zone, of instants: the zone's offset is kept for the stretch up to its
     * next transition (two stretches, for summer and winter), so that most instants need no look-up in its rules.
     */
    static final class ZoneDays {

        private final ZoneRules rules;
        private final long[] from = {Long.MAX_VALUE, Long.MAX_VALUE};
        private final long[] to = {Long.MIN_VALUE, Long.MIN_VALUE};
        private final int[] offset = new int[2];

        ZoneDays(ZoneId zone) {
            this.rules = zone.getRules();
        }

        int of(Instant at) {
            long second = at.getEpochSecond();
            for (int i = 0; i < 2; i++) {
                if (second >= from[i] && second < to[i]) {
                    return (int) Math.floorDiv(second + offset[i], 86_400L);
                }
            }
            // the older stretch gives way: from this instant to the zone's next transition
            from[1] = from[0];
            to[1] = to[0];
            offset[1] = offset[0];
            ZoneOffsetTransition next = rules.nextTransition(at);
            from[0] = rules.isFixedOffset() ? Long.MIN_VALUE : second;
            to[0] = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            offset[0] = rules.getOffset(at).getTotalSeconds();
            return (int) Math.floorDiv(second + offset[0], 86_400L);
        }
    }

    /** One row being added up: the parts of {@link DayFigures}. */
    static final class Totals {

        long leads;
        long consulted;
        long treated;
        long completed;
        final long[] furthest;
        final Histogram[] timeTo = {new Histogram(), new Histogram(), new Histogram()};
        final Histogram[] stays;
        final Counts[] arrivals;
        final Counts treatedDays = new Counts();
        final Pairs lost = new Pairs();
        final Levels levels = new Levels();
        final Pairs open = new Pairs();

        Totals(int stages, long builtAt) {
            furthest = new long[stages + 1];
            stays = new Histogram[stages];
            arrivals = new Counts[stages];
            for (int k = 0; k < stages; k++) {
                stays[k] = new Histogram();
                arrivals[k] = new Counts();
            }
            levels.builtAt = builtAt;
        }

        /** Counts the lead in; {@code countsOnly}: in the leads, consultation, treatment and completed care only. */
        void add(Lead l, long builtAt, boolean countsOnly) {
            leads++;
            consulted += l.consulted() ? 1 : 0;
            treated += l.treated() ? 1 : 0;
            completed += l.completed() ? 1 : 0;
            if (countsOnly) {
                return;
            }
            furthest[l.furthest()]++;
            for (int i = 0; i < 3; i++) {
                if (l.timeTo()[i] >= 0) {
                    timeTo[i].addBucket(l.timeTo()[i]);
                }
            }
            for (int k = 0; k < stays.length; k++) {
                if (l.stays()[k] >= 0) {
                    stays[k].addBucket(l.stays()[k]);
                }
                if (l.reached()[k] != Integer.MIN_VALUE) {
                    arrivals[k].add(l.reached()[k], 1);
                }
            }
            if (l.treatedDay() != null) {
                treatedDays.add(l.treatedDay(), 1);
            }
            if (l.lost() != null) {
                lost.add(l.lost(), 1);
            }
            target(levels.response, levels.responsePending, l.responseDue(), l.firstContact(), true, builtAt);
            target(levels.consultation, levels.consultationPending, l.consultationDue(), l.consultationAt(), !l.done(),
                    builtAt);
            if (l.open() != null) {
                open.add(l.open(), 1);
            }
        }

        /** A target: due; met in time; late; not met yet (still counted as missed once due, if it may still be met). */
        private static void target(long[] counts, List<Long> pending, Instant due, Instant met, boolean open,
                long builtAt) {
            if (due == null) {
                return;
            }
            counts[0]++;
            if (met != null) {
                counts[met.isAfter(due) ? 2 : 1]++;
            } else if (open) {
                if (due.toEpochMilli() < builtAt) {
                    counts[3]++;
                } else {
                    pending.add(due.toEpochMilli());
                }
            }
        }

        Object[] row(LocalDate day, Slice slice) {
            Packer f = new Packer();
            for (long c : furthest) {
                f.number(c);
            }
            Packer t = new Packer();
            for (Histogram h : timeTo) {
                h.write(t);
            }
            Packer s = new Packer();
            Packer a = new Packer();
            for (int k = 0; k < stays.length; k++) {
                stays[k].write(s);
                arrivals[k].write(a);
            }
            Packer td = new Packer();
            treatedDays.write(td);
            Packer lo = new Packer();
            lost.write(lo);
            Packer lv = new Packer();
            levels.write(lv);
            Packer op = new Packer();
            open.write(op);
            return new Object[] {day, slice.dim(), slice.val(), slice.val2(), leads, consulted, treated, completed, f.bytes(),
                    t.bytes(), s.bytes(), a.bytes(), td.bytes(), lo.bytes(), lv.bytes(), op.bytes()};
        }
    }

    // ---- reading ----

    /** {@code select arrived_on, <columns> from report_day} for the rows of the filter's slice (and range). */
    private Sql select(Where where, String columns, boolean ranged) {
        Slice slice = Slice.of(where).orElseThrow();
        Sql sql = new Sql().add("select arrived_on, " + columns + " from report_day where dim = ? and ", slice.dim());
        if (slice.val() == null) {
            sql.add("val is null");
        } else {
            sql.add("val = ?", slice.val());
        }
        if (slice.pair()) {
            sql.add(" and val2 = ?", slice.val2());
        }
        return ranged ? sql.add(" and arrived_on >= ? and arrived_on <= ?", fromDay(where), toDay(where)) : sql;
    }

    /** Per row of the slice (and range), the day and the part asked for (a column of {@code report_day}). */
    private void each(Where where, String part, boolean ranged, RowReader reader) {
        if (Slice.of(where).isEmpty()) {
            if (!ranged) {
                throw new IllegalArgumentException("Filters the stored totals do not hold are read for a range only.");
            }
            int column = COLUMNS.indexOf(part);
            for (Object[] row : narrowed(where, ALL)) {
                reader.read((LocalDate) row[0], new Unpacker((byte[]) row[column]));
            }
            return;
        }
        Sql sql = select(where, part, ranged);
        jdbc.query(sql.text(), rs -> {
            reader.read(rs.getObject(1, LocalDate.class), new Unpacker(rs.getBytes(2)));
        }, sql.args());
    }

    @FunctionalInterface
    private interface RowReader {
        void read(LocalDate day, Unpacker part);
    }

    private LocalDate fromDay(Where w) {
        return LocalDate.ofInstant(w.from(), zone);
    }

    private LocalDate toDay(Where w) {
        return LocalDate.ofInstant(w.to(), zone).minusDays(1);
    }

    /** Leads by the furthest stage they reached (0-based; -1 for none). */
    Map<Integer, Long> furthestStage(LeadStages stages, Where where) {
        long[] sums = new long[stages.stages().size() + 1];
        each(where, "furthest", true, (day, in) -> {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += in.number();
            }
        });
        Map<Integer, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != 0) {
                byStage.put(i - 1, sums[i]);
            }
        }
        return byStage;
    }

    /** Per arrival bucket (month) and furthest stage, as {@link ReportQueries#cohorts}. */
    Map<Integer, Map<Integer, Long>> cohorts(LeadStages stages, Where where, List<Instant> boundaries) {
        int n = stages.stages().size() + 1;
        Map<Integer, Map<Integer, Long>> result = new LinkedHashMap<>();
        List<Long> edges = epochDays(boundaries);
        each(where, "furthest", true, (day, in) -> {
            Integer b = bucket(edges, day.toEpochDay());
            for (int i = 0; i < n; i++) {
                long c = in.number();
                if (b != null && c != 0) {
                    result.computeIfAbsent(b, x -> new LinkedHashMap<>()).merge(i - 1, c, Long::sum);
                }
            }
        });
        return result;
    }

    /** Per stage and week: first arrivals into the stage, as {@link ReportQueries#arrivals}. */
    Map<Integer, Map<Integer, Long>> arrivals(LeadStages stages, Where where, List<Instant> boundaries) {
        int n = stages.stages().size();
        Counts[] days = new Counts[n];
        for (int k = 0; k < n; k++) {
            days[k] = new Counts();
        }
        each(where, "arrivals", true, (day, in) -> {
            for (Counts d : days) {
                d.read(in);
            }
        });
        List<Long> edges = epochDays(boundaries);
        Map<Integer, Map<Integer, Long>> result = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            int stage = k;
            days[k].forEach((d, c) -> {
                Integer b = bucket(edges, d);
                if (b != null) {
                    result.computeIfAbsent(stage, x -> new LinkedHashMap<>()).merge(b, c, Long::sum);
                }
            });
        }
        return result;
    }

    /** Per week: leads that arrived, and those of them that started treatment, as {@link ReportQueries#createdAndTreated}. */
    Map<Integer, long[]> createdAndTreated(Where where, List<Instant> boundaries) {
        List<Long> edges = epochDays(boundaries);
        Map<Integer, long[]> result = new LinkedHashMap<>();
        Counts treated = new Counts();
        Map<LocalDate, Long> arrived = new HashMap<>();
        if (Slice.of(where).isEmpty()) {
            for (Object[] row : narrowed(where, ALL)) {
                arrived.merge((LocalDate) row[0], (Long) row[4], Long::sum);
                treated.read(new Unpacker((byte[]) row[12]));
            }
        } else {
            Sql sql = select(where, "leads, treated_days", true);
            jdbc.query(sql.text(), rs -> {
                arrived.merge(rs.getObject(1, LocalDate.class), rs.getLong(2), Long::sum);
                treated.read(new Unpacker(rs.getBytes(3)));
            }, sql.args());
        }
        arrived.forEach((day, c) -> {
            Integer b = bucket(edges, day.toEpochDay());
            if (b != null && c != 0) {
                result.computeIfAbsent(b, x -> new long[2])[0] += c;
            }
        });
        treated.forEach((d, c) -> {
            Integer b = bucket(edges, d);
            if (b != null) {
                result.computeIfAbsent(b, x -> new long[2])[1] += c;
            }
        });
        return result;
    }

    /**
     * Median and 90th percentile to the milestones, from the histograms; null when no milestone counts more than
     * {@code exactUpTo} people (the summary then gives the exact figures quickly).
     */
    TimeTo timeTo(Where where, long exactUpTo) {
        Histogram[] h = {new Histogram(), new Histogram(), new Histogram()};
        each(where, "time_to", true, (day, in) -> {
            for (Histogram one : h) {
                one.read(in);
            }
        });
        if (Math.max(h[0].total(), Math.max(h[1].total(), h[2].total())) <= exactUpTo) {
            return null;
        }
        return new TimeTo(h[0].total(), hours(h[0], 0.5), hours(h[0], 0.9), h[1].total(), hours(h[1], 0.5),
                hours(h[1], 0.9), h[2].total(), hours(h[2], 0.5), hours(h[2], 0.9), true);
    }

    /** Time in each stage from the histograms; null when no stage counts more than {@code exactUpTo} people. */
    List<StageTime> timeInStage(LeadStages stages, Where where, long exactUpTo) {
        int n = stages.stages().size();
        Histogram[] h = new Histogram[n];
        for (int k = 0; k < n; k++) {
            h[k] = new Histogram();
        }
        each(where, "stays", true, (day, in) -> {
            for (Histogram one : h) {
                one.read(in);
            }
        });
        List<StageTime> times = new ArrayList<>();
        long most = 0;
        for (int k = 0; k < n; k++) {
            most = Math.max(most, h[k].total());
            if (h[k].total() > 0) {
                times.add(new StageTime(k, h[k].total(), hours(h[k], 0.5), hours(h[k], 0.9), true));
            }
        }
        return most <= exactUpTo ? null : times;
    }

    private static Double hours(Histogram h, double p) {
        Double seconds = h.percentile(p);
        return seconds == null ? null : seconds / 3600.0;
    }

    /**
     * Per value of the breakdown: inquiries, consultation, treatment, completed, as {@link ReportQueries#conversion};
     * for filters and a breakdown {@link #answers} accepts.
     */
    List<ConversionRow> conversion(Where where, Dimension by) {
        int breakdown = dimension(by);
        if (Slice.of(where).isEmpty()) {
            Map<String, long[]> byValue = new LinkedHashMap<>();
            for (Object[] row : narrowed(where, breakdown)) {
                long[] sums = byValue.computeIfAbsent((String) row[2], v -> new long[4]);
                for (int i = 0; i < 4; i++) {
                    sums[i] += (Long) row[4 + i];
                }
            }
            return byValue.entrySet().stream().sorted(Map.Entry.<String, long[]>comparingByValue(
                    Comparator.comparingLong(c -> -c[0]))).map(e -> new ConversionRow(e.getKey(), e.getValue()[0],
                            e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        }
        Slice slice = Slice.of(where).orElseThrow();
        List<Integer> filters = slice.filters();
        String key;
        Sql rows;
        if (filters.isEmpty() || filters.equals(List.of(breakdown))) {
            // the breakdown's own rows, all of them or the filter's one value
            key = "val";
            rows = new Sql().add(" where dim = ?", breakdown);
            if (!filters.isEmpty()) {
                rows.add(" and val = ?", slice.val());
            }
        } else {
            // the rows of the breakdown paired with the (other) filter, narrowed to the filters' values
            int other = filters.stream().filter(f -> f != breakdown).findFirst().orElseThrow();
            PairColumns pair = PairColumns.of(breakdown, other);
            key = pair.first();
            rows = new Sql().add(" where dim = ? and " + pair.second() + " = ?", pair.dim(), value(slice, other));
            if (filters.contains(breakdown)) {
                rows.add(" and " + key + " = ?", value(slice, breakdown));
            }
        }
        Sql sql = new Sql().add("select " + key + ", sum(leads), sum(consulted), sum(treated), sum(completed)"
                + " from report_day").add(rows).add(" and arrived_on >= ? and arrived_on <= ? group by " + key
                        + " order by sum(leads) desc", fromDay(where), toDay(where));
        return jdbc.query(sql.text(), (rs, n) -> new ConversionRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)), sql.args());
    }

    /** The slice's value of one of its filters. */
    private static String value(Slice slice, int filter) {
        List<Integer> filters = slice.filters();
        return filters.get(0) == filter ? slice.val() : slice.val2();
    }

    /** Closings by stage closed from and resolution, as {@link ReportQueries#lostReasons}. */
    List<Lost> lostReasons(Where where) {
        Pairs lost = new Pairs();
        each(where, "lost", true, (day, in) -> lost.read(in));
        return lost.counts.entrySet().stream()
                .map(e -> new Lost(Integer.parseInt(e.getKey().first()), e.getKey().second(), e.getValue()))
                .sorted(Comparator.comparingInt(Lost::stage).thenComparing(Comparator.comparingLong(Lost::leads).reversed())
                        .thenComparing(Lost::resolution))
                .toList();
    }

    /** The service-level targets as of {@code now}; null when a row was written after it (the clock went back). */
    ReportQueries.Levels serviceLevels(Where where, Instant now) {
        Levels levels = new Levels();
        each(where, "levels", true, (day, in) -> levels.read(in));
        long at = now.toEpochMilli();
        if (levels.builtAt > at) {
            return null;
        }
        return new ReportQueries.Levels(levels.response[0], levels.response[1],
                Levels.missed(levels.response, levels.responsePending, at), levels.consultation[0],
                levels.consultation[1], Levels.missed(levels.consultation, levels.consultationPending, at));
    }

    /** Whether the stored rows hold these filters (else they are added up for a range when first read). */
    public static boolean stored(Where where) {
        return Slice.of(where).isPresent();
    }

    /**
     * Whether the stored rows give the open leads of these filters ({@link #openLeads}): those of the filters but
     * the coordinator and the clinician, whose pairs are then kept.
     */
    public static boolean storesOpenLeads(Where where) {
        return stored(withoutPeople(where));
    }

    private static Where withoutPeople(Where w) {
        return new Where(w.from(), w.to(), w.source(), w.campaign(), w.referrerId(), w.condition(), null, null);
    }

    /**
     * Open leads per pair of coordinator and clinician, whenever they arrived (the filter applies; only filters
     * that {@link #storesOpenLeads}): the open leads of the other filters, by pair, are read and the pairs of the
     * filter's coordinator and clinician kept.
     */
    Map<Pairs.Key, Long> openLeads(Where where) {
        Pairs open = new Pairs();
        each(withoutPeople(where), "open_load", false, (day, in) -> open.read(in));
        Map<Pairs.Key, Long> kept = new HashMap<>();
        open.counts.forEach((pair, n) -> {
            if ((where.coordinator() == null || where.coordinator().equals(pair.first()))
                    && (where.clinician() == null || where.clinician().equals(pair.second()))) {
                kept.put(pair, n);
            }
        });
        return kept;
    }

    private List<Long> epochDays(List<Instant> boundaries) {
        return boundaries.stream().map(b -> LocalDate.ofInstant(b, zone).toEpochDay()).toList();
    }

    /** The bucket {@code i} with {@code edges[i] <= day < edges[i + 1]}, or null outside them. */
    private static Integer bucket(List<Long> edges, long day) {
        if (day < edges.getFirst() || day >= edges.getLast()) {
            return null;
        }
        int lo = 0;
        int hi = edges.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (day < edges.get(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }
}
