package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.ReachedStage;
import com.pathway.reporting.internal.DayTotals;
import com.pathway.reporting.internal.PerLeadSummary;
import com.pathway.reporting.internal.ReportQueries;
import com.pathway.shared.ClinicProperties;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;

/**
 * Every figure of the dashboard against numbers worked out by hand, on a small history written row by
 * row: lead A went all the way and completed care; B was lost, reopened and booked a consultation; C is a
 * duplicate merged into A (never counted); D skipped the consultation and assessment stages and dropped out
 * of treatment; E arrived in February and waits; F arrived before the range. The subclasses run it on H2
 * and on PostgreSQL, each from the daily totals, from the per-lead summary and from the history itself. Each
 * run has its own campaign name, which the filter narrows to.
 */
abstract class ReportScenarios {

    static final Instant T0 = Instant.parse("2026-01-05T14:00:00Z");
    static final Duration H = Duration.ofHours(1);
    static final Duration D = Duration.ofDays(1);

    @Autowired
    ReportService reports;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClinicProperties clinic;
    @Autowired
    ReportQueries queries;
    @Autowired
    ClinicWorkflow workflow;
    @Autowired
    PerLeadSummary summary;
    @Autowired
    DayTotals days;

    /** Where this run's figures come from: the per-lead summary or the history itself. */
    abstract ReportQueries.Basis basis();

    String campaign;
    String coordinator;
    ReportFilter filter;

    @BeforeEach
    void buildHistory() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        campaign = "spring-" + run;
        coordinator = "coord-" + run;
        filter = new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, campaign, null, null,
                null, null);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String a = lead("Ada", T0, "Closed", "DONE", "Completed care", null, null,
                step(null, "New inquiry", null, T0),
                step("New inquiry", "Contacted", null, T0.plus(H.multipliedBy(2))),
                step("Contacted", "Consultation scheduled", null, T0.plus(D)),
                step("Consultation scheduled", "Consultation done", null, T0.plus(D.multipliedBy(3))),
                step("Consultation done", "Screening", null, T0.plus(D.multipliedBy(4))),
                step("Screening", "Treatment scheduled", null, T0.plus(D.multipliedBy(5))),
                step("Treatment scheduled", "In treatment", null, T0.plus(D.multipliedBy(6))),
                step("In treatment", "Follow-up", null, T0.plus(D.multipliedBy(20))),
                step("Follow-up", "Closed", "Completed care", T0.plus(D.multipliedBy(30))));
        Instant b = T0.plus(D);
        lead("Bo", b, "Consultation scheduled", "IN_PROGRESS", null, null, coordinator,
                step(null, "New inquiry", null, b),
                step("New inquiry", "Contacted", null, b.plus(H.multipliedBy(4))),
                step("Contacted", "Closed", "Lost contact", b.plus(D.multipliedBy(2))),
                step("Closed", "New inquiry", null, b.plus(D.multipliedBy(5))),
                step("New inquiry", "Contacted", null, b.plus(D.multipliedBy(6))),
                step("Contacted", "Consultation scheduled", null, b.plus(D.multipliedBy(7))));
        lead("Cy", T0.plus(H), "Closed", "DONE", "Duplicate", a, null,
                step(null, "New inquiry", null, T0.plus(H)),
                step("New inquiry", "Closed", "Duplicate", T0.plus(H.multipliedBy(3))));
        Instant d = T0.plus(D.multipliedBy(2));
        lead("Di", d, "Closed", "DONE", "Declined", null, null,
                step(null, "New inquiry", null, d),
                step("New inquiry", "Contacted", null, d.plus(H)),
                step("Contacted", "Treatment scheduled", null, d.plus(D.multipliedBy(2))),
                step("Treatment scheduled", "In treatment", null, d.plus(D.multipliedBy(3))),
                step("In treatment", "Closed", "Declined", d.plus(D.multipliedBy(10))));
        Instant e = Instant.parse("2026-02-10T15:00:00Z");
        lead("Ed", e, "New inquiry", "TODO", null, null, coordinator, step(null, "New inquiry", null, e));
        Instant f = Instant.parse("2025-12-20T15:00:00Z");
        lead("Flo", f, "Contacted", "IN_PROGRESS", null, null, coordinator,
                step(null, "New inquiry", null, f), step("New inquiry", "Contacted", null, f.plus(H)));
        targets("Ada", T0.plus(H.multipliedBy(4)), T0.plus(H.multipliedBy(2)), T0.plus(D.multipliedBy(2)), T0.plus(D));
        targets("Bo", b.plus(H.multipliedBy(2)), b.plus(H.multipliedBy(4)), null, null);
        targets("Di", d.plus(H.multipliedBy(2)), d.plus(H), null, null);
        targets("Ed", e.plus(H.multipliedBy(4)), null, null, null);
        // the history above was written row by row, past the events that keep the summary: write its rows again
        summary.refresh(jdbc.queryForList("select id from lead where campaign_name = ?", Long.class, campaign),
                workflow.stages());
        if (basis() == ReportQueries.Basis.DAY_TOTALS && !days.current(workflow.stages())) {
            days.rebuild(workflow.stages()); // else built in the background after start-up
        }
        SignedIn.as("manager", "MANAGER");
        reports.useBasis(basis());
    }

    @AfterEach
    void signOut() {
        SignedIn.as("manager", "MANAGER"); // the service is a manager's, its choice of basis too
        reports.useBasis(null);
        SignedIn.out();
    }

    @Test
    void aRebuildWritesTheSameSummaryRowsAsWritingThemLeadByLead() {
        String ours = "select * from report_lead where campaign_name = ? order by lead_id";
        List<java.util.Map<String, Object>> before = jdbc.queryForList(ours, campaign);

        PerLeadSummary.Rebuilt rebuilt = summary.rebuild(workflow.stages());

        assertThat(before).hasSize(5); // Cy, merged into Ada, has none
        assertThat(jdbc.queryForList(ours, campaign)).isEqualTo(before);
        assertThat(rebuilt.leads()).isEqualTo(jdbc.queryForObject("select count(*) from report_lead", Long.class));
        assertThat(summary.current(workflow.stages())).isTrue();
    }

    @Test
    void theFunnelCountsEachLeadOnceAtTheFurthestStageItReachedAndPassesSkippedStages() {
        Report funnel = reports.report(ReportKind.FUNNEL, filter, null, false);

        assertThat(funnel.rows()).extracting(Report.Row::label)
                .containsExactly("Intake (New inquiry, Contacted)",
                        "Consultation (Consultation scheduled, Consultation done)", "Assessment (Screening)",
                        "Treatment (Treatment scheduled, In treatment)", "Aftercare (Follow-up)");
        assertThat(funnel.rows()).extracting(Report.Row::key)
                .containsExactly("intake", "consultation", "assessment", "treatment", "aftercare");
        assertThat(column(funnel, 0)).containsExactly(4.0, 3.0, 2.0, 2.0, 1.0);
        assertThat(column(funnel, 1)).containsExactly(null, 75.0, 66.7, 100.0, 50.0);
    }

    @Test
    void aLeadMovedAfterTheFiguresWereReadIsCountedWhereItIsNowAtTheNextRead() {
        assertThat(column(reports.report(ReportKind.FUNNEL, filter, null, false), 0)).containsExactly(4.0, 3.0, 2.0,
                2.0, 1.0);
        // Ed, waiting since February, books a consultation (written past the events, as the history above)
        long ed = jdbc.queryForObject("select id from lead where first_name = 'Ed' and campaign_name = ?", Long.class,
                campaign);
        Instant booked = Instant.parse("2026-02-12T15:00:00Z");
        jdbc.update("insert into wf_history (item_id, transition, from_status, to_status, resolution, actor,"
                + " occurred_at, millis_in_from) values (?, 'step', 'New inquiry', 'Consultation scheduled', null,"
                + " 'intake', ?, ?)", ed, booked.atOffset(ZoneOffset.UTC), D.multipliedBy(2).toMillis());
        jdbc.update("update lead set status = 'Consultation scheduled', status_category = 'IN_PROGRESS' where id = ?", ed);
        summary.refresh(List.of(ed), workflow.stages());

        assertThat(column(reports.report(ReportKind.FUNNEL, filter, null, false), 0)).containsExactly(4.0, 4.0, 2.0,
                2.0, 1.0);
        assertThat(column(reports.report(ReportKind.TIME_IN_STAGE, filter, null, false), 0))
                .containsExactly(4.0, 1.0, 1.0, 2.0, 1.0);
    }

    @Test
    void eachFunnelStageDrillsToTheLeadsThatReachedItAsManyAsTheFunnelCounts() {
        ZoneId zone = clinic.timeZone();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<String> ours = jdbc.queryForList("select item_key from lead where campaign_name = ?", String.class,
                campaign);
        Report narrowed = reports.report(ReportKind.FUNNEL, filter, null, false);
        Report everyone = reports.report(ReportKind.FUNNEL, new ReportFilter(filter.from(), filter.to(), null, null,
                null, null, null, null), null, false);
        for (int k = 0; k < narrowed.rows().size(); k++) {
            String stage = narrowed.rows().get(k).key();
            LeadFilter drilled = new LeadFilter(null, null, null, null, null, null, from, to, null)
                    .reachedStage(new ReachedStage(stage, null, null));

            List<String> listed = leads.search(drilled, PageRequest.of(0, 5000)).getContent().stream()
                    .map(LeadSummary::key).filter(ours::contains).toList();
            assertThat((double) listed.size()).as(stage).isEqualTo(narrowed.rows().get(k).cells().get(0).value());
            assertThat((double) leads.count(drilled).value()).as("all leads, " + stage)
                    .isEqualTo(everyone.rows().get(k).cells().get(0).value());
            // The dashboard narrowed to the campaign drills with the list's own campaign filter.
            assertThat((double) leads.count(drilled.ofCampaign(campaign)).value()).as("campaign, " + stage)
                    .isEqualTo(narrowed.rows().get(k).cells().get(0).value());
        }
        LeadFilter consultation = new LeadFilter(null, null, null, null, null, null, from, to, null)
                .reachedStage(new ReachedStage("Consultation", null, null));
        assertThat(leads.search(consultation, PageRequest.of(0, 5000)).getContent().stream()
                .filter(l -> ours.contains(l.key())).map(LeadSummary::firstName))
                .as("Di passed over the consultation; Cy, merged as a duplicate, never counts")
                .containsExactlyInAnyOrder("Ada", "Bo", "Di");
    }

    @Test
    void reachedWithinARangeCountsOnlyTheStepsTakenInIt() {
        ZoneId zone = clinic.timeZone();
        List<String> ours = jdbc.queryForList("select item_key from lead where campaign_name = ?", String.class,
                campaign);
        // Bo booked the consultation on 13 January, Ada on 6 January: only Bo is in the second week.
        LeadFilter week = LeadFilter.none().reachedStage(new ReachedStage("consultation",
                LocalDate.of(2026, 1, 12).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 1, 19).atStartOfDay(zone).toInstant()));
        assertThat(leads.search(week, PageRequest.of(0, 5000)).getContent().stream()
                .filter(l -> ours.contains(l.key())).map(LeadSummary::firstName)).containsExactly("Bo");
    }

    @Test
    void anUnknownStageOrARangeEndingBeforeItStartsIsRefusedByName() {
        assertThatThrownBy(() -> leads.count(LeadFilter.none().reachedStage(new ReachedStage("moonbase", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reached"));
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        assertThatThrownBy(() -> leads.count(LeadFilter.none().reachedStage(new ReachedStage("intake", at,
                at.minus(D))))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reachedTo"));
    }

    @Test
    void timesToMilestonesAreMediansAndNinetiethPercentilesInHours() {
        Report times = reports.report(ReportKind.TIME_TO, filter, null, false);

        assertThat(times.rows().get(0).cells()).extracting(Cell::value).containsExactly(3.0, 2.0, 3.6);
        assertThat(times.rows().get(1).cells()).extracting(Cell::value).containsExactly(3.0, 48.0, 144.0);
        assertThat(times.rows().get(2).cells()).extracting(Cell::value).containsExactly(2.0, 108.0, 136.8);
    }

    @Test
    void timeInStageAddsUpEveryStayOfALeadIncludingThoseBeforeAReopening() {
        Report stages = reports.report(ReportKind.TIME_IN_STAGE, filter, null, false);

        assertThat(column(stages, 0)).containsExactly(3.0, 1.0, 1.0, 2.0, 1.0);
        assertThat(column(stages, 1)).containsExactly(48.0, 72.0, 24.0, 276.0, 240.0);
        assertThat(column(stages, 2)).containsExactly(86.4, 72.0, 24.0, 343.2, 240.0);
    }

    @Test
    void conversionCountsConsultationTreatmentAndCompletedCarePerCampaign() {
        Report conversion = reports.report(ReportKind.CONVERSION, filter, Dimension.CAMPAIGN, false);

        assertThat(conversion.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo(campaign);
            assertThat(row.cells()).extracting(Cell::value).containsExactly(4.0, 3.0, 2.0, 1.0, 75.0, 50.0);
        });
        // Its row drills to the lead list narrowed to the campaign over the same days, as reaching the first stage
        // (which leaves out Cy, merged as a duplicate): as many leads as it counts.
        ZoneId zone = clinic.timeZone();
        LeadFilter days = new LeadFilter(null, null, null, null, null, null,
                filter.from().atStartOfDay(zone).toInstant(), filter.to().plusDays(1).atStartOfDay(zone).toInstant(),
                null).ofCampaign(conversion.rows().getFirst().key());
        assertThat(reports.arrivalStage()).contains("intake");
        assertThat((double) leads.count(days.reachedStage(new ReachedStage("intake", null, null))).value())
                .isEqualTo(4.0);
        assertThat(leads.count(days).value()).as("with the duplicate").isEqualTo(5);
    }

    @Test
    void cohortsLostReasonsAndFlowFollowTheHistory() {
        Report cohorts = reports.report(ReportKind.COHORTS, filter, null, false);
        assertThat(cohorts.rows()).extracting(Report.Row::label).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(cohorts.rows().get(0).cells()).extracting(Cell::value).containsExactly(3.0, 100.0, 66.7, 66.7, 33.3);
        assertThat(cohorts.rows().get(1).cells()).extracting(Cell::value).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(cohorts.rows().get(2).cells()).extracting(Cell::value).containsExactly(0.0, null, null, null, null);

        Report lost = reports.report(ReportKind.LOST_REASONS, filter, null, false);
        assertThat(lost.columns()).containsExactly("Declined", "Completed care");
        assertThat(lost.rows().get(3).cells()).extracting(Cell::value).containsExactly(1.0, 0.0);
        assertThat(lost.rows().get(4).cells()).extracting(Cell::value).containsExactly(0.0, 1.0);
        assertThat(lost.rows().get(0).cells()).extracting(Cell::value).containsExactly(0.0, 0.0);

        Report flow = reports.report(ReportKind.CUMULATIVE_FLOW, filter, null, false);
        assertThat(flow.rows().getFirst().label()).isEqualTo("2025-12-29");
        assertThat(flow.rows().getFirst().cells()).extracting(Cell::value).containsOnly(0.0);
        assertThat(flow.rows().getLast().cells()).extracting(Cell::value).containsExactly(4.0, 3.0, 2.0, 2.0, 1.0);

        Report created = reports.report(ReportKind.CREATED_CONVERTED, filter, null, false);
        assertThat(created.rows().get(1).label()).isEqualTo("2026-01-05");
        assertThat(created.rows().get(1).cells()).extracting(Cell::value).containsExactly(3.0, 2.0);
        assertThat(column(created, 0).stream().mapToDouble(Double::doubleValue).sum()).as("Ed in February").isEqualTo(4.0);
        assertThat(column(created, 1).stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(2.0);
    }

    @Test
    void serviceLevelsAndWorkloadCountTargetsAndOpenLeads() {
        Report levels = reports.report(ReportKind.SERVICE_LEVELS, filter, null, false);
        assertThat(levels.rows().get(0).cells()).extracting(Cell::value).containsExactly(4.0, 2.0, 2.0, 50.0);
        assertThat(levels.rows().get(1).cells()).extracting(Cell::value).containsExactly(1.0, 1.0, 0.0, 100.0);

        Report workload = reports.report(ReportKind.WORKLOAD, filter, null, false);
        assertThat(workload.columns()).containsExactly("Open tasks", "Overdue tasks", "Open leads as coordinator",
                "Open leads as clinician");
        assertThat(workload.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo(coordinator);
            assertThat(row.key()).isEqualTo(coordinator);
            assertThat(row.cells()).extracting(Cell::value).containsExactly(0.0, 0.0, 3.0, 0.0);
        });

        long bo = jdbc.queryForObject("select id from lead where first_name = 'Bo' and campaign_name = ?", Long.class,
                campaign);
        task(bo, coordinator, Instant.now().minus(D), "OPEN");
        task(bo, coordinator, Instant.now().plus(D), "OPEN");
        task(bo, coordinator, Instant.now().minus(D.multipliedBy(2)), "DONE");
        assertThat(reports.report(ReportKind.WORKLOAD, filter, null, false).rows()).singleElement()
                .satisfies(row -> assertThat(row.cells()).extracting(Cell::value).containsExactly(2.0, 1.0, 3.0, 0.0));
        SignedIn.as("admin", "ADMIN");
        assertThat(reports.report(ReportKind.WORKLOAD, filter, null, false).rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Person 1");
            assertThat(row.key()).isNull();
        });
    }

    @Test
    void courseAndPhq9FiguresCountStartedCoursesMedianSessionsAndTheMedianChangeFromFirstToLatestScore() {
        long ada = id("Ada");
        long bo = id("Bo");
        long di = id("Di");
        sessions(course(ada, "COMPLETED"), ada, 6);
        sessions(course(di, "STOPPED"), di, 2);
        course(bo, "PLANNED"); // not started: no session recorded
        phq9(ada, 20, T0.plus(D.multipliedBy(5)));
        phq9(ada, 15, T0.plus(D.multipliedBy(15)));
        phq9(ada, 8, T0.plus(D.multipliedBy(30)));
        phq9(di, 18, T0.plus(D.multipliedBy(3)));
        phq9(di, 16, T0.plus(D.multipliedBy(9)));
        phq9(bo, 14, T0.plus(D.multipliedBy(8))); // one score: no change to measure

        ReportQueries.CourseRow row = queries.courses(workflow.stages(), new ReportQueries.Where(
                filter.from().atStartOfDay(clinic.timeZone()).toInstant(),
                filter.to().plusDays(1).atStartOfDay(clinic.timeZone()).toInstant(), null, campaign, null, null, null,
                null), basis(), Dimension.CAMPAIGN).get(campaign);

        assertThat(row).isEqualTo(new ReportQueries.CourseRow(campaign, 2, 1, 4.0, 2, -7.0));
    }

    @Test
    void managersSeeCourseAndPhq9FiguresWithheldWhenSmallAndAdministratorsDoNotSeeThem() {
        long ada = id("Ada");
        sessions(course(ada, "COMPLETED"), ada, 3);
        phq9(ada, 20, T0.plus(D.multipliedBy(5)));
        phq9(ada, 9, T0.plus(D.multipliedBy(25)));

        Report outcomes = reports.report(ReportKind.OUTCOMES, filter, Dimension.CAMPAIGN, false);
        assertThat(outcomes.columns()).endsWith("Courses started", "Courses completed", "Median sessions per course",
                "People with two PHQ-9 scores", "Median PHQ-9 change (first to latest)");
        assertThat(outcomes.units()).endsWith("courses", "courses", "sessions", "people", "points");
        Report.Row ours = outcomes.rows().stream().filter(r -> campaign.equals(r.key())).findFirst().orElseThrow();
        assertThat(ours.cells().subList(4, 9)).allMatch(Cell::suppressed);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.export(ReportKind.OUTCOMES, filter, Dimension.CAMPAIGN, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Median PHQ-9 change (first to latest)")
                .contains(campaign + ",fewer than 11".repeat(9) + "\r\n");

        SignedIn.as("admin", "ADMIN");
        Report forAdmin = reports.report(ReportKind.OUTCOMES, filter, Dimension.CAMPAIGN, false);
        assertThat(forAdmin.columns()).containsExactly("Inquiries", "Started treatment", "Completed care",
                "Completed of started (%)");
        assertThat(forAdmin.rows()).allMatch(r -> r.cells().size() == 4);
    }

    private long id(String first) {
        return jdbc.queryForObject("select id from lead where first_name = ? and campaign_name = ?", Long.class, first,
                campaign);
    }

    private long course(long leadId, String status) {
        jdbc.update("insert into treatment_course (item_id, item_key, indication, planned_sessions, starts_on, status,"
                + " created_by, created_at, version) select id, item_key, 'Depression', 6, ?, ?, 'clinician', ?, 0"
                + " from lead where id = ?", java.sql.Date.valueOf(LocalDate.of(2026, 1, 12)), status,
                T0.plus(D.multipliedBy(6)).atOffset(ZoneOffset.UTC), leadId);
        return jdbc.queryForObject("select max(id) from treatment_course where item_id = ?", Long.class, leadId);
    }

    private void sessions(long courseId, long leadId, int count) {
        for (int i = 0; i < count; i++) {
            Instant at = T0.plus(D.multipliedBy(7 + 2L * i));
            jdbc.update("insert into infusion_session (course_id, item_id, item_key, started_at, staff, staff_name,"
                    + " recorded_by, recorded_at, version) select ?, id, item_key, ?, 'clinician', 'Clinician',"
                    + " 'clinician', ?, 0 from lead where id = ?", courseId, at.atOffset(ZoneOffset.UTC),
                    at.atOffset(ZoneOffset.UTC), leadId);
        }
    }

    private void phq9(long leadId, int total, Instant at) {
        jdbc.update("insert into outcome_measure (item_id, item_key, instrument, answers, total, flagged, recorded_by,"
                + " recorded_by_name, recorded_at) select id, item_key, 'PHQ9', 'test', ?, false, 'clinician',"
                + " 'Clinician', ? from lead where id = ?", total, at.atOffset(ZoneOffset.UTC), leadId);
    }

    @Test
    void smallNumbersAreWithheldInSharedReportsExportsAndOutcomesEverywhere() {
        Report shared = reports.report(ReportKind.FUNNEL, filter, null, true);
        assertThat(shared.smallNumberLimit()).isEqualTo(11);
        assertThat(shared.rows()).allSatisfy(row -> assertThat(row.cells().getFirst().suppressed()).isTrue());

        Report outcomes = reports.report(ReportKind.OUTCOMES, filter, Dimension.CAMPAIGN, false);
        assertThat(outcomes.rows().getFirst().cells().subList(0, 4)).allSatisfy(c -> assertThat(c.suppressed()).isTrue());
        assertThat(outcomes.rows().getFirst().cells()).as("no course or PHQ-9 figure from a small number shows")
                .allSatisfy(c -> assertThat(c.suppressed() || c.value() == null || c.value() == 0).isTrue());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.export(ReportKind.FUNNEL, filter, null, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Stage,People reached,From previous stage (%)").contains("\"Intake (New inquiry, Contacted)\",fewer than 11,")
                .doesNotContain(",4,");
    }

    @Test
    void badRangesAndOtherRolesAreRefused() {
        assertThatThrownBy(() -> reports.report(ReportKind.FUNNEL, filter.withRange(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 1)), null, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("comes before");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThatThrownBy(() -> reports.report(ReportKind.FUNNEL, filter, null, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<Double> column(Report report, int index) {
        return report.rows().stream().map(r -> r.cells().get(index).value()).toList();
    }

    record Step(String from, String to, String resolution, Instant at) {
    }

    static Step step(String from, String to, String resolution, Instant at) {
        return new Step(from, to, resolution, at);
    }

    /** A lead created through the service, then given the hand-written history and final state. */
    private void task(long leadId, String assignee, Instant due, String state) {
        jdbc.update("insert into task (item_id, item_key, title, task_type, due_at, assignee, state, origin, created_at,"
                + " created_by, version) select id, item_key, 'Call back', 'CALL', ?, ?, ?, 'test', ?, 'intake', 0"
                + " from lead where id = ?", java.sql.Timestamp.from(due), assignee, state,
                java.sql.Timestamp.from(Instant.now()), leadId);
    }

    private String lead(String first, Instant created, String status, String category, String resolution,
            String mergedInto, String coordinatorName, Step... steps) {
        LeadForm f = Leads.form(first, "Report", null, null);
        String key = leads.create(new LeadForm(f.firstName(), f.lastName(), null, f.dateOfBirth(), null, null,
                first.toLowerCase() + "." + campaign + "@example.org",
                f.preferredContact(), null, f.source(), "newsletter", "email", campaign, null,
                f.conditionOfInterest(), null, f.selfPay(), null, null, null, null, List.of(), f.priority(), null,
                null, null)).key();
        long id = jdbc.queryForObject("select id from wf_item where item_key = ?", Long.class, key);
        jdbc.update("delete from wf_history where item_id = ?", id);
        Instant previous = null;
        for (Step s : steps) {
            jdbc.update("insert into wf_history (item_id, transition, from_status, to_status, resolution, actor,"
                    + " occurred_at, millis_in_from) values (?, ?, ?, ?, ?, 'intake', ?, ?)", id,
                    s.from() == null ? null : "step", s.from(), s.to(), s.resolution(), s.at().atOffset(ZoneOffset.UTC),
                    previous == null ? null : Duration.between(previous, s.at()).toMillis());
            previous = s.at();
        }
        jdbc.update("update wf_item set created_at = ?, status = ?, status_category = ?, resolution = ? where id = ?",
                created.atOffset(ZoneOffset.UTC), status, category, resolution, id);
        jdbc.update("update lead set created_at = ?, status = ?, status_category = ?, resolution = ?, merged_into = ?,"
                + " coordinator = ?, first_response_due_at = null, first_contact_at = null, consultation_due_at = null,"
                + " consultation_at = null where id = ?", created.atOffset(ZoneOffset.UTC), status, category,
                resolution, mergedInto, coordinatorName, id);
        return key;
    }

    private void targets(String first, Instant responseDue, Instant contacted, Instant consultationDue,
            Instant consulted) {
        jdbc.update("update lead set first_response_due_at = ?, first_contact_at = ?, consultation_due_at = ?,"
                + " consultation_at = ? where first_name = ? and campaign_name = ?", utc(responseDue), utc(contacted),
                utc(consultationDue), utc(consulted), first, campaign);
    }

    private static Object utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
