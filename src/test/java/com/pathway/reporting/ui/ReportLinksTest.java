package com.pathway.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.LeadSource;
import com.pathway.reporting.Cell;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;

class ReportLinksTest {

    private final ReportFilter filter = new ReportFilter(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31),
            LeadSource.PHONE, null, null, "PTSD", "dana", null);

    private static Report.Row row(String key) {
        return new Report.Row("label", key, List.of(Cell.of(1)));
    }

    @Test
    void aFunnelStageOpensTheLeadListOfThoseWhoReachedItWithTheDashboardsFilters() {
        assertThat(ReportLinks.leadList(ReportKind.FUNNEL, Dimension.SOURCE, filter, row("consultation"), "intake"))
                .contains(Map.of("from", "2026-01-10", "to", "2026-03-31", "source", "phone", "condition", "PTSD",
                        "assignee", "dana", "reached", "consultation"));
    }

    @Test
    void aTimeInStageOrLostReasonRowStillOpensTheLeadsInThatStageNow() {
        assertThat(ReportLinks.leadList(ReportKind.TIME_IN_STAGE, Dimension.SOURCE, filter, row("intake"), "intake")
                .orElseThrow())
                .containsEntry("stage", "intake").doesNotContainKey("reached");
    }

    @Test
    void aSourceOrReferrerRowNarrowsToItAndACohortToItsMonthWithinTheRange() {
        assertThat(ReportLinks.leadList(ReportKind.CONVERSION, Dimension.SOURCE, filter, row("WEB_FORM"), "intake")
                .orElseThrow()).containsEntry("source", "web_form").containsEntry("reached", "intake");
        assertThat(ReportLinks.leadList(ReportKind.OUTCOMES, Dimension.REFERRER, filter, row("12"), "intake")
                .orElseThrow())
                .containsEntry("referrer", "12").containsEntry("source", "phone");
        assertThat(ReportLinks.leadList(ReportKind.COHORTS, Dimension.SOURCE, filter, row("2026-01-01"), "intake")
                .orElseThrow())
                .containsEntry("from", "2026-01-10").containsEntry("to", "2026-01-31");
    }

    @Test
    void aDashboardNarrowedToACampaignKeepsItInEveryLink() {
        ReportFilter campaign = new ReportFilter(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31), null, "spring",
                null, null, null, null);
        assertThat(ReportLinks.leadList(ReportKind.FUNNEL, Dimension.SOURCE, campaign, row("consultation"), "intake"))
                .contains(Map.of("from", "2026-01-10", "to", "2026-03-31", "campaign", "spring",
                        "reached", "consultation"));
        assertThat(ReportLinks.leadList(ReportKind.CONVERSION, Dimension.SOURCE, campaign, row("PHONE"), "intake")
                .orElseThrow())
                .containsEntry("campaign", "spring").containsEntry("source", "phone");
    }

    @Test
    void aCampaignRowNarrowsToItsCampaign() {
        assertThat(ReportLinks.leadList(ReportKind.CONVERSION, Dimension.CAMPAIGN, filter, row("spring"), "intake")
                .orElseThrow())
                .containsEntry("campaign", "spring").containsEntry("source", "phone");
        assertThat(ReportLinks.leadList(ReportKind.OUTCOMES, Dimension.CAMPAIGN, filter, row("autumn ads"), "intake")
                .orElseThrow()).containsEntry("campaign", "autumn ads");
    }

    @Test
    void figuresTheLeadListCannotShowHaveNoLink() {
        // The row of leads without a campaign: the list has no filter for "none".
        assertThat(ReportLinks.leadList(ReportKind.CONVERSION, Dimension.CAMPAIGN, filter, row(null), "intake"))
                .isEmpty();
        assertThat(ReportLinks.leadList(ReportKind.TIME_TO, Dimension.SOURCE, filter, row(null), "intake")).isEmpty();
        assertThat(ReportLinks.leadList(ReportKind.WORKLOAD, Dimension.SOURCE, filter, row(null), "intake")).isEmpty();
    }
}
