package com.pathway.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.reporting.Cell;
import com.pathway.reporting.Report;

class ReportTextTest {

    @Test
    void wordsTheFirstFigureOfEachRowWithWithheldCountsAsFewerThanTheLimit() {
        Report funnel = new Report("funnel", "Funnel by stage", "Stage", List.of("People reached"), List.of("people"),
                List.of(new Report.Row("intake", "intake", List.of(Cell.of(40))),
                        new Report.Row("consultation", "consultation", List.of(Cell.SUPPRESSED))), 11);

        assertThat(ReportText.describe(funnel)).isEqualTo("Funnel by stage, people reached: intake 40;"
                + " consultation fewer than 11. The table below the chart holds every figure.");
    }

    @Test
    void aReportWithoutColumnsOrRowsSaysThereAreNoFigures() {
        Report lost = new Report("lost-reasons", "Lost reasons by stage", "Closed from stage", List.of(), List.of(),
                List.of(new Report.Row("intake", "intake", List.of())), null);

        assertThat(ReportText.describe(lost)).isEqualTo("Lost reasons by stage: no figures for this range.");
    }
}
