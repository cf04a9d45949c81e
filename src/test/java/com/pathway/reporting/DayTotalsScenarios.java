package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.reporting.internal.DayTotals;
import com.pathway.reporting.internal.ReportQueries;
import com.pathway.reporting.internal.ReportQueries.Basis;
import com.pathway.reporting.internal.ReportQueries.Where;

/**
 * What only the daily totals do, on the hand-written history of {@link ReportScenarios}: medians and percentiles
 * from histograms, two filters at once (read from their pairs; three from the summary), and service levels that
 * fall due after the totals were written.
 */
abstract class DayTotalsScenarios extends ReportScenarios {

    @Autowired
    PlatformTransactionManager transactions;

    private Where where(String coordinatorName) {
        return new Where(LocalDate.of(2026, 1, 1).atStartOfDay(clinic.timeZone()).toInstant(),
                LocalDate.of(2026, 4, 1).atStartOfDay(clinic.timeZone()).toInstant(), null, campaign, null, null,
                coordinatorName, null);
    }

    @Test
    void mediansAndPercentilesFromTheHistogramsAreWithinOnePercentOfTheExactOnesAndSaySo() {
        ReportQueries fromHistograms = new ReportQueries(jdbc, days, new ReportProperties(11, 1100, 0));
        days.catchUp(workflow.stages());

        ReportQueries.TimeTo exact = queries.timeTo(workflow.stages(), where(null), Basis.SUMMARY);
        ReportQueries.TimeTo approximate = fromHistograms.timeTo(workflow.stages(), where(null), Basis.DAY_TOTALS);

        assertThat(exact.approximate()).isFalse();
        assertThat(approximate.approximate()).isTrue();
        assertThat(List.of(approximate.contacted(), approximate.consulted(), approximate.treated()))
                .containsExactly(exact.contacted(), exact.consulted(), exact.treated());
        List<Double> exactHours = List.of(exact.contactP50(), exact.contactP90(), exact.consultP50(),
                exact.consultP90(), exact.treatP50(), exact.treatP90());
        List<Double> approximateHours = List.of(approximate.contactP50(), approximate.contactP90(),
                approximate.consultP50(), approximate.consultP90(), approximate.treatP50(), approximate.treatP90());
        for (int i = 0; i < exactHours.size(); i++) {
            assertThat(approximateHours.get(i)).as("figure %d", i).isCloseTo(exactHours.get(i),
                    within(exactHours.get(i) * 0.01));
        }

        List<ReportQueries.StageTime> exactStays = queries.timeInStage(workflow.stages(), where(null), Basis.SUMMARY);
        List<ReportQueries.StageTime> stays = fromHistograms.timeInStage(workflow.stages(), where(null),
                Basis.DAY_TOTALS);
        assertThat(stays).hasSameSizeAs(exactStays).allMatch(ReportQueries.StageTime::approximate);
        for (int k = 0; k < stays.size(); k++) {
            assertThat(stays.get(k).stage()).isEqualTo(exactStays.get(k).stage());
            assertThat(stays.get(k).leads()).isEqualTo(exactStays.get(k).leads());
            assertThat(stays.get(k).p50Hours()).isCloseTo(exactStays.get(k).p50Hours(),
                    within(exactStays.get(k).p50Hours() * 0.01));
            assertThat(stays.get(k).p90Hours()).isCloseTo(exactStays.get(k).p90Hours(),
                    within(exactStays.get(k).p90Hours() * 0.01));
        }
    }

    @Test
    void twoFiltersAreReadFromTheirPairsAndAgreeWithTheSummary() {
        days.catchUp(workflow.stages());
        String source = jdbc.queryForObject("select min(source) from lead where campaign_name = ?", String.class,
                campaign);
        Where campaignOnly = where(null);
        Where two = where(coordinator);
        Where three = new Where(two.from(), two.to(), source, campaign, null, null, coordinator, null);
        Where withReferrer = new Where(two.from(), two.to(), null, campaign, 7L, null, null, null);

        assertThat(DayTotals.answers(two, null)).isTrue();
        assertThat(DayTotals.answers(two, Dimension.CAMPAIGN)).isTrue();
        assertThat(DayTotals.answers(two, Dimension.SOURCE)).as("a breakdown outside the pair").isFalse();
        assertThat(DayTotals.answers(campaignOnly, Dimension.SOURCE)).as("paired with the filter").isTrue();
        assertThat(DayTotals.answers(campaignOnly, Dimension.REFERRER)).as("the referrer is never paired").isFalse();
        assertThat(DayTotals.answers(three, null)).as("added up when first read").isTrue();
        assertThat(DayTotals.answers(withReferrer, Dimension.REFERRER)).isTrue();

        // Bo (consultation booked) and Ed (waiting); Flo arrived before the range
        assertThat(queries.furthestStage(workflow.stages(), two, Basis.DAY_TOTALS))
                .isEqualTo(queries.furthestStage(workflow.stages(), two, Basis.SUMMARY))
                .isEqualTo(java.util.Map.of(0, 1L, 1, 1L));
        assertThat(queries.conversion(workflow.stages(), two, Basis.DAY_TOTALS, Dimension.CAMPAIGN))
                .isEqualTo(queries.conversion(workflow.stages(), two, Basis.SUMMARY, Dimension.CAMPAIGN))
                .singleElement().satisfies(r -> assertThat(r.inquiries()).isEqualTo(2));
        assertThat(queries.conversion(workflow.stages(), campaignOnly, Basis.DAY_TOTALS, Dimension.SOURCE))
                .isEqualTo(queries.conversion(workflow.stages(), campaignOnly, Basis.SUMMARY, Dimension.SOURCE))
                .singleElement().satisfies(r -> assertThat(r.inquiries()).isEqualTo(4));
        assertThat(queries.timeInStage(workflow.stages(), two, Basis.DAY_TOTALS))
                .isEqualTo(queries.timeInStage(workflow.stages(), two, Basis.SUMMARY));
        assertThat(queries.workload(workflow.stages(), two, Basis.DAY_TOTALS))
                .isEqualTo(queries.workload(workflow.stages(), two, Basis.SUMMARY)).isNotEmpty();

        // through the service: a breakdown outside the pair reads the summary
        ReportFilter threeFilters = new ReportFilter(filter.from(), filter.to(),
                com.pathway.clinic.LeadSource.valueOf(source), campaign, null, null, coordinator, null);
        assertThat(reports.report(ReportKind.FUNNEL, threeFilters, null, false).rows())
                .extracting(r -> r.cells().get(0).value()).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0);
        ReportFilter twoFilters = new ReportFilter(filter.from(), filter.to(), null, campaign, null, null, coordinator,
                null);
        assertThat(reports.report(ReportKind.CONVERSION, twoFilters, Dimension.SOURCE, false).rows())
                .extracting(r -> r.cells().get(0).value()).containsExactly(2.0);
    }

    @Test
    void threeFiltersAreAddedUpWhenFirstReadAgreeWithTheSummaryAndFollowAChange() {
        days.catchUp(workflow.stages());
        String source = jdbc.queryForObject("select min(source) from lead where campaign_name = ?", String.class,
                campaign);
        Where three = new Where(where(null).from(), where(null).to(), source, campaign, null, null, coordinator, null);
        Instant now = Instant.now();
        // every figure the daily totals give, for the filters no stored row holds
        assertThat(queries.furthestStage(workflow.stages(), three, Basis.DAY_TOTALS))
                .isEqualTo(queries.furthestStage(workflow.stages(), three, Basis.SUMMARY))
                .isEqualTo(java.util.Map.of(0, 1L, 1, 1L));
        for (Dimension by : Dimension.values()) {
            assertThat(queries.conversion(workflow.stages(), three, Basis.DAY_TOTALS, by)).as("by %s", by)
                    .isEqualTo(queries.conversion(workflow.stages(), three, Basis.SUMMARY, by));
        }
        assertThat(queries.timeInStage(workflow.stages(), three, Basis.DAY_TOTALS))
                .isEqualTo(queries.timeInStage(workflow.stages(), three, Basis.SUMMARY));
        assertThat(queries.timeTo(workflow.stages(), three, Basis.DAY_TOTALS))
                .isEqualTo(queries.timeTo(workflow.stages(), three, Basis.SUMMARY));
        assertThat(queries.lostReasons(workflow.stages(), three, Basis.DAY_TOTALS))
                .isEqualTo(queries.lostReasons(workflow.stages(), three, Basis.SUMMARY));
        assertThat(queries.serviceLevels(workflow.stages(), three, Basis.DAY_TOTALS, now))
                .isEqualTo(queries.serviceLevels(workflow.stages(), three, Basis.SUMMARY, now));
        assertThat(queries.workload(workflow.stages(), three, Basis.DAY_TOTALS))
                .isEqualTo(queries.workload(workflow.stages(), three, Basis.SUMMARY)).isNotEmpty();
        List<Instant> weeks = List.of(three.from(), three.from().plus(Duration.ofDays(28)),
                three.from().plus(Duration.ofDays(56)), three.to());
        assertThat(queries.arrivals(workflow.stages(), three, Basis.DAY_TOTALS, weeks))
                .isEqualTo(queries.arrivals(workflow.stages(), three, Basis.SUMMARY, weeks));
        assertThat(queries.createdAndTreated(workflow.stages(), three, Basis.DAY_TOTALS, weeks))
                .usingRecursiveComparison().isEqualTo(queries.createdAndTreated(workflow.stages(), three, Basis.SUMMARY,
                        weeks));
        assertThat(queries.cohorts(workflow.stages(), three, Basis.DAY_TOTALS, weeks))
                .isEqualTo(queries.cohorts(workflow.stages(), three, Basis.SUMMARY, weeks));

        // Ed, waiting, books a consultation: the next read through the service adds the filters up again
        ReportFilter threeFilters = new ReportFilter(filter.from(), filter.to(),
                com.pathway.clinic.LeadSource.valueOf(source), campaign, null, null, coordinator, null);
        assertThat(reports.report(ReportKind.FUNNEL, threeFilters, null, false).rows())
                .extracting(r -> r.cells().get(0).value()).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0);
        long ed = jdbc.queryForObject("select id from lead where first_name = 'Ed' and campaign_name = ?", Long.class,
                campaign);
        jdbc.update("insert into wf_history (item_id, transition, from_status, to_status, resolution, actor,"
                + " occurred_at, millis_in_from) values (?, 'step', 'New inquiry', 'Consultation scheduled', null,"
                + " 'intake', ?, ?)", ed, Instant.parse("2026-02-12T15:00:00Z").atOffset(ZoneOffset.UTC),
                Duration.ofDays(2).toMillis());
        jdbc.update("update lead set status = 'Consultation scheduled', status_category = 'IN_PROGRESS' where id = ?", ed);
        summary.refresh(List.of(ed), workflow.stages());

        assertThat(reports.report(ReportKind.FUNNEL, threeFilters, null, false).rows())
                .extracting(r -> r.cells().get(0).value()).containsExactly(2.0, 2.0, 0.0, 0.0, 0.0);
    }

    @Test
    void filtersAddedUpWhenFirstReadCountOnlyTheLeadsOfTheirRangeAndOfTheirReferrer() {
        String source = jdbc.queryForObject("select min(source) from lead where campaign_name = ?", String.class,
                campaign);
        jdbc.update("insert into referrer (name, created_at) values (?, ?)", "Dr " + campaign,
                Instant.now().atOffset(ZoneOffset.UTC));
        long referrer = jdbc.queryForObject("select id from referrer where name = ?", Long.class, "Dr " + campaign);
        // Bo (January) and Ed (February) were sent by the referrer, Flo (December, outside the range) too
        jdbc.update("update lead set referrer_id = ? where campaign_name = ? and first_name in ('Bo', 'Ed', 'Flo')",
                referrer, campaign);
        summary.refresh(jdbc.queryForList("select id from lead where campaign_name = ?", Long.class, campaign),
                workflow.stages());
        days.catchUp(workflow.stages());
        Instant february = LocalDate.of(2026, 2, 1).atStartOfDay(clinic.timeZone()).toInstant();
        Instant march = LocalDate.of(2026, 3, 1).atStartOfDay(clinic.timeZone()).toInstant();
        Where threeInFebruary = new Where(february, march, source, campaign, null, null, coordinator, null);
        Where referrerAndCampaign = new Where(where(null).from(), where(null).to(), null, campaign, referrer, null,
                null, null);
        Where referrerInFebruary = new Where(february, march, null, campaign, referrer, null, null, null);
        assertThat(DayTotals.stored(threeInFebruary)).isFalse();
        assertThat(DayTotals.stored(referrerAndCampaign)).isFalse();

        assertThat(queries.furthestStage(workflow.stages(), threeInFebruary, Basis.DAY_TOTALS))
                .as("Ed alone arrived in February").isEqualTo(java.util.Map.of(0, 1L))
                .isEqualTo(queries.furthestStage(workflow.stages(), threeInFebruary, Basis.SUMMARY));
        assertThat(queries.furthestStage(workflow.stages(), referrerAndCampaign, Basis.DAY_TOTALS))
                .as("Bo and Ed; Flo arrived before the range").isEqualTo(java.util.Map.of(0, 1L, 1, 1L))
                .isEqualTo(queries.furthestStage(workflow.stages(), referrerAndCampaign, Basis.SUMMARY));
        assertThat(queries.furthestStage(workflow.stages(), referrerInFebruary, Basis.DAY_TOTALS))
                .isEqualTo(java.util.Map.of(0, 1L));
        for (Where w : List.of(threeInFebruary, referrerAndCampaign, referrerInFebruary)) {
            assertThat(queries.timeTo(workflow.stages(), w, Basis.DAY_TOTALS))
                    .isEqualTo(queries.timeTo(workflow.stages(), w, Basis.SUMMARY));
            assertThat(queries.conversion(workflow.stages(), w, Basis.DAY_TOTALS, Dimension.REFERRER))
                    .isEqualTo(queries.conversion(workflow.stages(), w, Basis.SUMMARY, Dimension.REFERRER));
            // open leads whenever they arrived: Flo, open since December, counts for her coordinator
            assertThat(queries.workload(workflow.stages(), w, Basis.DAY_TOTALS))
                    .isEqualTo(queries.workload(workflow.stages(), w, Basis.SUMMARY));
        }
        assertThat(queries.workload(workflow.stages(), referrerAndCampaign, Basis.DAY_TOTALS))
                .contains(new ReportQueries.Load("coordinator", coordinator, 3));

        // three filters over three days, which are added up in parts of a day or more each, at the same time
        Instant fifth = LocalDate.of(2026, 1, 5).atStartOfDay(clinic.timeZone()).toInstant();
        Where threeDays = new Where(fifth, fifth.plus(Duration.ofDays(3)), source, campaign, null, "depression", null,
                null);
        assertThat(queries.furthestStage(workflow.stages(), threeDays, Basis.DAY_TOTALS))
                .as("Ada, Bo and Di, a day each").isEqualTo(queries.furthestStage(workflow.stages(), threeDays,
                        Basis.SUMMARY))
                .extracting(m -> m.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3L);
        List<Instant> daily = List.of(fifth, fifth.plus(Duration.ofDays(1)), fifth.plus(Duration.ofDays(2)),
                fifth.plus(Duration.ofDays(3)));
        assertThat(queries.arrivals(workflow.stages(), threeDays, Basis.DAY_TOTALS, daily))
                .isEqualTo(queries.arrivals(workflow.stages(), threeDays, Basis.SUMMARY, daily));
        assertThat(queries.timeInStage(workflow.stages(), threeDays, Basis.DAY_TOTALS))
                .isEqualTo(queries.timeInStage(workflow.stages(), threeDays, Basis.SUMMARY));
        // the same, first read inside a figure's transaction: added up in one pass in that transaction
        Where fourDays = new Where(fifth, fifth.plus(Duration.ofDays(4)), source, campaign, null, "depression", null,
                null);
        java.util.Map<Integer, Long> inTransaction = new TransactionTemplate(transactions)
                .execute(s -> queries.furthestStage(workflow.stages(), fourDays, Basis.DAY_TOTALS));
        assertThat(inTransaction).isEqualTo(queries.furthestStage(workflow.stages(), threeDays, Basis.SUMMARY));
    }

    @Test
    void aResponseTargetThatFallsDueAfterTheTotalsWereWrittenCountsAsMissedOnceItHasPassed() {
        long ed = jdbc.queryForObject("select id from lead where first_name = 'Ed' and campaign_name = ?", Long.class,
                campaign);
        Instant now = Instant.now();
        jdbc.update("update lead set first_response_due_at = ? where id = ?",
                now.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), ed);
        summary.refresh(List.of(ed), workflow.stages());
        days.catchUp(workflow.stages());

        for (Instant at : List.of(now, now.plus(Duration.ofHours(2)))) {
            ReportQueries.Levels fromTotals = queries.serviceLevels(workflow.stages(), where(null), Basis.DAY_TOTALS, at);
            ReportQueries.Levels fromSummary = queries.serviceLevels(workflow.stages(), where(null), Basis.SUMMARY, at);
            assertThat(fromTotals).isEqualTo(fromSummary);
        }
        assertThat(queries.serviceLevels(workflow.stages(), where(null), Basis.DAY_TOTALS, now.plus(Duration.ofHours(2)))
                .responseMissed()).isEqualTo(queries.serviceLevels(workflow.stages(), where(null), Basis.DAY_TOTALS,
                        now).responseMissed() + 1);
    }
}
