package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.reporting.internal.ReportQueries.Basis;
import com.pathway.reporting.internal.ReportQueries.Where;

/**
 * What only the daily totals do, on the hand-written history of {@link ReportScenarios}: medians and percentiles
 * from histograms, several filters at once (read from the summary), and service levels that fall due after the
 * totals were written.
 */
abstract class DayTotalsScenarios extends ReportScenarios {

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
    void figuresWithTwoFiltersAreReadFromTheSummaryAndAgreeWithIt() {
        ReportFilter two = new ReportFilter(filter.from(), filter.to(), null, campaign, null, null, coordinator, null);

        Report funnel = reports.report(ReportKind.FUNNEL, two, null, false);
        Report byCampaign = reports.report(ReportKind.CONVERSION, filter, Dimension.CAMPAIGN, false);
        Report bySource = reports.report(ReportKind.CONVERSION, filter, Dimension.SOURCE, false);

        // Bo (consultation booked) and Ed (waiting); Flo arrived before the range
        assertThat(funnel.rows()).extracting(r -> r.cells().get(0).value()).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0);
        assertThat(byCampaign.rows()).extracting(r -> r.cells().get(0).value()).containsExactly(4.0);
        assertThat(bySource.rows()).extracting(r -> r.cells().get(0).value()).containsExactly(4.0);
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
