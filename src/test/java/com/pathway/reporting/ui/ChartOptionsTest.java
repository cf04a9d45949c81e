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
    void theFunnelsLabelsStandBesideItInDarkTextNotOnADarkStage() {
        Report funnel = new Report("funnel", "Funnel", "Stage", List.of("Reached", "From previous stage (%)"),
                List.of("people", "percent"), List.of(new Report.Row("Intake (New inquiry, Contacted)", "intake",
                        List.of(Cell.of(40), Cell.EMPTY))), 11);

        Map<String, Object> series = ((List<Map<String, Object>>) ChartOptions.option(ReportKind.FUNNEL, funnel)
                .get("series")).getFirst();
        Map<String, Object> label = (Map<String, Object>) series.get("label");

        assertThat(label).containsEntry("position", "right").containsEntry("color", ChartOptions.LABEL_TEXT);
        assertThat(contrast(ChartOptions.LABEL_TEXT, "#ffffff")).isGreaterThan(7.0);
        assertThat(((List<Map<String, Object>>) series.get("data")).getFirst())
                .containsEntry("name", "Intake (New inquiry, Contacted)");
    }

    /** The WCAG contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
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
