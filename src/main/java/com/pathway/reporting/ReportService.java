package com.pathway.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.ReferrerOption;
import com.pathway.tasks.TaskLoad;
import com.pathway.tasks.TaskReminders;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadStages;
import com.pathway.reporting.internal.DayTotals;
import com.pathway.reporting.internal.PerLeadSummary;
import com.pathway.reporting.internal.Masker;
import com.pathway.reporting.internal.ReportBuilder;
import com.pathway.reporting.internal.ReportQueries;
import com.pathway.reporting.internal.ReportQueries.Basis;
import com.pathway.reporting.internal.ReportQueries.Where;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.UserNames;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.CsvOutput;

/**
 * The dashboards' figures for managers and administrators, each computed in the database from the
 * transition history ({@link ReportQueries}) under a {@link ReportFilter}. The small-number rule is
 * applied here, so every path obeys it: a shared report (exports, the API) and the outcome figures
 * always withhold counts under {@link ReportProperties#smallNumberLimit()}; a manager's own dashboard
 * shows the others in full. Administrators see figures only: people are not named to them. Every
 * report read or exported is audited, with its filter (no patient data is in a report).
 */
@Service
@Transactional // not read-only: reading a report is audited
@PreAuthorize(Access.MANAGER_OR_ADMIN)
public class ReportService {

    /** The range a dashboard opens with, in days up to today. */
    public static final int DEFAULT_DAYS = 90;

    private final ReportQueries queries;
    private final ClinicWorkflow workflow;
    private final ReportProperties properties;
    private final ClinicProperties clinic;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final UserNames userNames;
    private final TaskReminders taskLoads;
    private final Clock clock;
    private final PerLeadSummary summary;
    private final DayTotals days;
    private final TransactionTemplate tx;
    /** Set by tests of one basis only; null: the daily totals or the summary while current, else the history. */
    private volatile Basis basisOverride;

    public ReportService(ReportQueries queries, ClinicWorkflow workflow, ReportProperties properties,
            ClinicProperties clinic, AuditService audit, CurrentUser currentUser, UserNames userNames,
            TaskReminders taskLoads, Clock clock, PerLeadSummary summary, DayTotals days,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.summary = summary;
        this.days = days;
        this.taskLoads = taskLoads;
        this.queries = queries;
        this.workflow = workflow;
        this.properties = properties;
        this.clinic = clinic;
        this.audit = audit;
        this.currentUser = currentUser;
        this.userNames = userNames;
        this.clock = clock;
    }

    /** The last {@value #DEFAULT_DAYS} days up to today in the clinic's zone, unfiltered. */
    public ReportFilter defaultFilter() {
        return ReportFilter.lastDays(LocalDate.now(clock.withZone(clinic.timeZone())), DEFAULT_DAYS);
    }

    /** The longest range, in days, a report covers. */
    public int maxDays() {
        return properties.maxDays();
    }

    /** The most referrers the dashboard's picker offers. */
    public static final int MAX_REFERRERS = 500;

    /**
     * The referrers a dashboard may be narrowed to, by name (managers; administrators, who see figures
     * without names, get none and narrow by a referrer only through a link).
     */
    @Transactional(readOnly = true)
    public List<ReferrerOption> referrers() {
        return mayOpenLeads() ? queries.referrers(MAX_REFERRERS) : List.of();
    }

    /** Whether the caller may follow a figure to the leads behind it (managers; administrators see figures only). */
    public boolean mayOpenLeads() {
        return currentUser.hasRole(Role.MANAGER);
    }

    /**
     * Whether the caller sees the outcome report's course and PHQ-9 figures (managers; administrators see the
     * lead figures only). They are aggregates under the small-number rule, as every outcome figure.
     */
    public boolean seesClinicalFigures() {
        return currentUser.hasRole(Role.MANAGER);
    }

    /**
     * One report. {@code shared} is true for anything that leaves the manager's own screen (the API, a
     * link handed on): its small counts are withheld; outcome figures always are. {@code by} breaks the
     * conversion and outcome figures down (source when null).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // see caughtUpBasis: the figure's own below
    public Report report(ReportKind kind, ReportFilter filter, Dimension by, boolean shared) {
        filter.check(properties.maxDays());
        Basis basis = caughtUpBasis(kind, filter, by);
        return tx.execute(s -> {
            Report report = build(kind, filter, by == null ? Dimension.SOURCE : by, shared, basis);
            audit.record(new AuditRecord("REPORT_VIEWED", null, "REPORT", kind.path(), AuditOutcome.SUCCESS, null,
                    details(filter, by, report)));
            return report;
        });
    }

    /** The report as CSV (UTF-8, header row), always under the small-number rule; audited as exported. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // see caughtUpBasis: the figure's own below
    public void export(ReportKind kind, ReportFilter filter, Dimension by, OutputStream out) {
        filter.check(properties.maxDays());
        Basis basis = caughtUpBasis(kind, filter, by);
        tx.executeWithoutResult(s -> export(kind, filter, by, out, basis));
    }

    private void export(ReportKind kind, ReportFilter filter, Dimension by, OutputStream out, Basis basis) {
        Report report = build(kind, filter, by == null ? Dimension.SOURCE : by, true, basis);
        try (CSVPrinter csv = CsvOutput.printer(out)) {
            List<String> header = new ArrayList<>(List.of(report.rowHeading()));
            header.addAll(report.columns());
            csv.printRecord(header);
            for (Report.Row row : report.rows()) {
                List<String> record = new ArrayList<>(List.of(CsvOutput.safe(row.label())));
                row.cells().forEach(c -> record.add(text(c, report.smallNumberLimit())));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditRecord("REPORT_EXPORTED", null, "REPORT", kind.path(), AuditOutcome.SUCCESS, null,
                details(filter, by, report)));
    }

    /** How a cell reads in an export or a table: withheld cells as "fewer than N". */
    public static String text(Cell cell, Integer limit) {
        if (cell.suppressed()) {
            return "fewer than " + limit;
        }
        if (cell.value() == null) {
            return "";
        }
        double v = cell.value();
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * The first open stage of the workflow, which every lead the figures count has reached: a row of leads drills to
     * the lead list with it as {@code reached}, so that the list leaves out merged and duplicate leads as the figures
     * do. Empty for a workflow without open stages.
     */
    public java.util.Optional<String> arrivalStage() {
        return workflow.stages().names().stream().findFirst();
    }

    /**
     * Where the figures are read from now: the per-lead summary, or the whole transition history while the summary
     * is being built (or always, for a workflow with more stages than the summary holds).
     */
    @Transactional(readOnly = true)
    public FiguresSource figuresSource() {
        LeadStages stages = workflow.stages();
        if (basis(stages) != Basis.HISTORY) {
            return FiguresSource.SUMMARY;
        }
        return PerLeadSummary.supports(stages) ? FiguresSource.HISTORY_UNTIL_REBUILT : FiguresSource.HISTORY;
    }

    private Basis basis(LeadStages stages) {
        if (basisOverride != null) {
            return basisOverride;
        }
        if (!summary.current(stages)) {
            return Basis.HISTORY;
        }
        return days.current(stages) ? Basis.DAY_TOTALS : Basis.SUMMARY;
    }

    /**
     * Where the figure is read from, the daily totals brought up to date with the summary first, before the figure's
     * transaction begins: the catch-up takes a connection of its own, which a figure holding one already could wait
     * for without end when every connection of the pool is held so. The summary while the totals cannot be read
     * (not current, being rebuilt). Filters the stored totals do not hold are added up here too, for the same reason.
     */
    private Basis caughtUpBasis(ReportKind kind, ReportFilter filter, Dimension by) {
        LeadStages stages = workflow.stages();
        Basis basis = basis(stages);
        if (basis != Basis.DAY_TOTALS) {
            return basis;
        }
        if (!days.catchUp(stages)) {
            return Basis.SUMMARY;
        }
        Where where = where(filter, clinic.timeZone());
        // filters the stored totals do not hold are added up now, on connections of their own, for every figure of
        // the range (not for the workload: it counts open leads of every day, from stored rows or the summary)
        if (kind != ReportKind.WORKLOAD && basis(basis, where, kind, by == null ? Dimension.SOURCE : by) == basis) {
            days.prepare(where);
        }
        return basis;
    }

    /**
     * The basis for one figure: the daily totals for the filters and breakdown they answer
     * ({@link DayTotals#answers}); else the summary, or the history while the summary is rebuilt.
     */
    private static Basis basis(Basis caughtUp, Where where, ReportKind kind, Dimension by) {
        boolean brokenDown = kind == ReportKind.CONVERSION || kind == ReportKind.OUTCOMES;
        if (caughtUp == Basis.DAY_TOTALS && !DayTotals.answers(where, brokenDown ? by : null)) {
            return Basis.SUMMARY;
        }
        return caughtUp;
    }

    private Report build(ReportKind kind, ReportFilter filter, Dimension by, boolean shared, Basis caughtUp) {
        LeadStages stages = workflow.stages();
        Masker masker = shared || kind == ReportKind.OUTCOMES ? new Masker(properties.smallNumberLimit()) : Masker.none();
        ZoneId zone = clinic.timeZone();
        Where where = where(filter, zone);
        Basis basis = basis(caughtUp, where, kind, by);
        return switch (kind) {
            case FUNNEL -> ReportBuilder.funnel(stages, queries.furthestStage(stages, where, basis), masker);
            case CONVERSION, OUTCOMES -> {
                List<ReportQueries.ConversionRow> rows = queries.conversion(stages, where, basis, by);
                // The column is named after the workflow's resolutions whose outcome is "completed".
                String completed = stages.completedResolutions().isEmpty() ? "Completed"
                        : String.join(" or ", stages.completedResolutions());
                // Course and PHQ-9 figures are clinical aggregates: managers see them, administrators do not.
                Map<String, ReportQueries.CourseRow> courses = kind == ReportKind.OUTCOMES && seesClinicalFigures()
                        ? queries.courses(stages, where, basis, by) : null;
                Report r = ReportBuilder.conversion(kind, by.label(), rows, labels(by, rows), completed, courses,
                        masker);
                String title = (kind == ReportKind.OUTCOMES ? "From inquiry to outcome by " : "Conversion by ")
                        + by.label().toLowerCase(Locale.ROOT);
                yield new Report(r.kind(), title, r.rowHeading(), r.columns(), r.units(), r.rows(), r.smallNumberLimit());
            }
            case TIME_TO -> ReportBuilder.timeTo(queries.timeTo(stages, where, basis), masker);
            case TIME_IN_STAGE -> ReportBuilder.timeInStage(stages, queries.timeInStage(stages, where, basis), masker);
            case CUMULATIVE_FLOW -> {
                List<LocalDate> weeks = weeks(filter);
                yield ReportBuilder.cumulativeFlow(stages, weeks,
                        queries.arrivals(stages, where, basis, boundaries(weeks, weeks.getLast().plusWeeks(1), zone)), masker);
            }
            case CREATED_CONVERTED -> {
                List<LocalDate> weeks = weeks(filter);
                yield ReportBuilder.createdConverted(weeks,
                        queries.createdAndTreated(stages, where, basis, boundaries(weeks, weeks.getLast().plusWeeks(1), zone)),
                        masker);
            }
            case COHORTS -> {
                List<LocalDate> months = new ArrayList<>();
                for (LocalDate m = filter.from().withDayOfMonth(1); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
                    months.add(m);
                }
                yield ReportBuilder.cohorts(stages, months,
                        queries.cohorts(stages, where, basis, boundaries(months, months.getLast().plusMonths(1), zone)), masker);
            }
            case LOST_REASONS -> ReportBuilder.lostReasons(stages, queries.lostReasons(stages, where, basis), masker);
            case SERVICE_LEVELS -> ReportBuilder.serviceLevels(queries.serviceLevels(stages, where, basis, clock.instant()), masker);
            case WORKLOAD -> workload(stages, where, basis, masker);
        };
    }

    /**
     * Per person: open and overdue tasks (all of theirs) and the open leads they hold under the filter. With a
     * lead filter (source, campaign, referrer, condition, person) only the people holding such leads are listed;
     * without one, also those who only have tasks. Administrators see people numbered, not named.
     */
    private Report workload(LeadStages stages, Where where, Basis basis, Masker masker) {
        Map<String, long[]> people = new LinkedHashMap<>(); // open tasks, overdue, as coordinator, as clinician
        for (ReportQueries.Load l : queries.workload(stages, where, basis)) {
            people.computeIfAbsent(l.username(), k -> new long[4])["coordinator".equals(l.role()) ? 2 : 3] +=
                    l.openLeads();
        }
        boolean narrowed = where.source() != null || where.campaign() != null || where.referrerId() != null
                || where.condition() != null || where.coordinator() != null || where.clinician() != null;
        for (TaskLoad t : taskLoads.loadByAssignee(clock.instant())) {
            long[] counts = narrowed ? people.get(t.assignee()) : people.computeIfAbsent(t.assignee(), k -> new long[4]);
            if (counts != null) {
                counts[0] = t.open();
                counts[1] = t.overdue();
            }
        }
        boolean named = mayOpenLeads();
        Map<String, String> names = named ? userNames.displayNames(List.copyOf(people.keySet())) : Map.of();
        List<ReportBuilder.Workload> rows = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, long[]> e : people.entrySet()) {
            long[] c = e.getValue();
            String label = named ? names.getOrDefault(e.getKey(), e.getKey()) : "Person " + (++n);
            rows.add(new ReportBuilder.Workload(named ? e.getKey() : null, label, c[0], c[1], c[2], c[3]));
        }
        return ReportBuilder.workload(rows, masker);
    }

    /** Makes every report read the given basis (null: the usual choice); for tests that check both give the same. */
    void useBasis(Basis basis) {
        this.basisOverride = basis;
    }

    private java.util.function.Function<String, String> labels(Dimension by, List<ReportQueries.ConversionRow> rows) {
        return switch (by) {
            case SOURCE -> key -> {
                try {
                    return key == null ? "(none)" : LeadSource.valueOf(key).label();
                } catch (IllegalArgumentException e) {
                    return key;
                }
            };
            case CAMPAIGN -> key -> key == null ? "(no campaign)" : key;
            case REFERRER -> {
                List<Long> ids = rows.stream().map(ReportQueries.ConversionRow::key)
                        .filter(k -> k != null).map(Long::valueOf).toList();
                Map<Long, String> names = mayOpenLeads() ? queries.referrerNames(ids) : Map.of();
                yield key -> key == null ? "(no referrer)" : names.getOrDefault(Long.valueOf(key), "Referrer " + key);
            }
        };
    }

    private static Where where(ReportFilter f, ZoneId zone) {
        Instant from = f.from().atStartOfDay(zone).toInstant();
        Instant to = f.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new Where(from, to, f.source() == null ? null : f.source().name(), f.campaign(), f.referrerId(),
                f.condition(), f.coordinator(), f.clinician());
    }

    /** Mondays from the week holding {@code from} to the week holding {@code to}. */
    private static List<LocalDate> weeks(ReportFilter f) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = f.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !w.isAfter(f.to());
                w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    private static List<Instant> boundaries(List<LocalDate> starts, LocalDate end, ZoneId zone) {
        List<Instant> b = new ArrayList<>(starts.stream().map(d -> d.atStartOfDay(zone).toInstant()).toList());
        b.add(end.atStartOfDay(zone).toInstant());
        return b;
    }

    private static Map<String, Object> details(ReportFilter filter, Dimension by, Report report) {
        Map<String, Object> details = new LinkedHashMap<>(filter.parameters());
        if (by != null) {
            details.put("by", by.parameter());
        }
        details.put("withheld", report.anySuppressed());
        return details;
    }

}
