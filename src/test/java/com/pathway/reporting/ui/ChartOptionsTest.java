package com.pathway.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.reporting.Cell;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportKind;

class ChartOptionsTest {

    @Test
    void theFunnelDrawsEachStageInOrderAndAWithheldCountAsAGap() {
        Report funnel = new Report("funnel", "Funnel", "Stage", List.of("Reached", "From previous stage (%)"),
                List.of("people", "percent"), List.of(new Report.Row("intake", "intake", List.of(Cell.of(40), Cell.EMPTY)),
                        new Report.Row("consultation", "consultation", List.of(Cell.SUPPRESSED, Cell.SUPPRESSED))), 11);

        String json = ChartOptions.of(ReportKind.FUNNEL, funnel);

        assertThat(json).contains("\"type\":\"funnel\"", "\"sort\":\"none\"",
                "{\"name\":\"intake\",\"value\":40.0}", "{\"name\":\"consultation\",\"value\":null}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCumulativeFlowStacksTheBandsBetweenStages() {
        Report flow = new Report("cumulative-flow", "Flow", "Week of", List.of("intake", "consultation"),
                List.of("people", "people"), List.of(new Report.Row("2026-01-05", "2026-01-05",
                        List.of(Cell.of(10), Cell.of(4)))), null);

        List<Map<String, Object>> series = (List<Map<String, Object>>) ChartOptions
                .option(ReportKind.CUMULATIVE_FLOW, flow).get("series");

        assertThat(series).extracting(s -> s.get("data")).containsExactly(List.of(6.0), List.of(4.0));
        assertThat(series).allSatisfy(s -> assertThat(s).containsEntry("stack", "flow"));
    }
}
