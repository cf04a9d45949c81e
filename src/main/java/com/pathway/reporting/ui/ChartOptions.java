package com.pathway.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.reporting.Cell;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportKind;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts option that draws a report (plain logic): a funnel for the funnel, stacked areas for the
 * cumulative flow (each band the people who reached a stage but not the next), lines over weeks, a heat
 * map for the cohorts, stacked bars for lost reasons, bars otherwise. Withheld cells are gaps.
 */
final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions() {
    }

    /** Text beside a chart: the body colour of the light theme, readable on the card's white (contrast over 12:1). */
    static final String LABEL_TEXT = "#1f2937";

    static String of(ReportKind kind, Report report) {
        return JSON.writeValueAsString(option(kind, report));
    }

    static Map<String, Object> option(ReportKind kind, Report report) {
        return switch (kind) {
            case FUNNEL -> funnel(report);
            case CUMULATIVE_FLOW -> flow(report);
            case CREATED_CONVERTED -> lines(report, columns(report, 0, 1), false);
            case COHORTS -> heatmap(report);
            case LOST_REASONS -> bars(report, allColumns(report), true, false);
            case CONVERSION -> bars(report, columns(report, 0, 1, 2, 3), false, false);
            case OUTCOMES -> bars(report, columns(report, 0, 1, 2), false, false);
            case TIME_TO, TIME_IN_STAGE -> bars(report, columns(report, 1, 2), false, false);
            case SERVICE_LEVELS -> bars(report, columns(report, 3), false, false);
            case WORKLOAD -> bars(report, columns(report, 0, 1, 2, 3), false, true);
        };
    }

    private static Map<String, Object> funnel(Report report) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Report.Row row : report.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", row.label());
            item.put("value", value(row.cells().getFirst()));
            data.add(item);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "funnel");
        series.put("name", report.columns().getFirst());
        series.put("sort", "none");
        // Labels beside the funnel in dark text on the card's white: inside, a dark stage's colour hid them.
        series.put("left", "4%");
        series.put("width", "46%");
        // A long label wraps onto a second line, spaced so the two lines do not overlap.
        series.put("label", Map.of("show", true, "position", "right", "color", LABEL_TEXT, "formatter", "{b}: {c}",
                "width", 230, "overflow", "break", "lineHeight", 15));
        series.put("labelLine", Map.of("show", true));
        series.put("data", data);
        return base(Map.of("trigger", "item"), List.of(series));
    }

    private static Map<String, Object> flow(Report report) {
        List<Map<String, Object>> series = new ArrayList<>();
        int stages = report.columns().size();
        for (int k = 0; k < stages; k++) {
            List<Object> band = new ArrayList<>();
            for (Report.Row row : report.rows()) {
                Double here = row.cells().get(k).value();
                Double next = k + 1 < stages ? row.cells().get(k + 1).value() : Double.valueOf(0);
                band.add(here == null || next == null ? null : here - next);
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", "line");
            s.put("name", report.columns().get(k));
            s.put("stack", "flow");
            s.put("areaStyle", Map.of());
            s.put("symbol", "none");
            s.put("data", band);
            series.add(s);
        }
        return axes(report, series, false);
    }

    private static Map<String, Object> lines(Report report, List<Integer> columns, boolean area) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c : columns) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", "line");
            s.put("name", report.columns().get(c));
            s.put("data", column(report, c));
            if (area) {
                s.put("areaStyle", Map.of());
            }
            series.add(s);
        }
        return axes(report, series, false);
    }

    private static Map<String, Object> bars(Report report, List<Integer> columns, boolean stacked, boolean horizontal) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c : columns) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", "bar");
            s.put("name", report.columns().get(c));
            if (stacked) {
                s.put("stack", "all");
            }
            s.put("data", column(report, c));
            series.add(s);
        }
        return axes(report, series, horizontal);
    }

    private static Map<String, Object> heatmap(Report report) {
        List<String> stages = report.columns().subList(1, report.columns().size());
        List<List<Object>> data = new ArrayList<>();
        for (int y = 0; y < report.rows().size(); y++) {
            for (int x = 0; x < stages.size(); x++) {
                data.add(java.util.Arrays.asList(x, y, value(report.rows().get(y).cells().get(x + 1))));
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 70, "right", 20, "top", 10, "bottom", 70, "containLabel", false));
        option.put("xAxis", Map.of("type", "category", "data", stages, "axisLabel", Map.of("interval", 0, "rotate", 20)));
        option.put("yAxis", Map.of("type", "category", "data", report.rows().stream().map(Report.Row::label).toList()));
        option.put("visualMap", Map.of("min", 0, "max", 100, "calculable", false, "orient", "horizontal",
                "left", "center", "bottom", 0, "itemHeight", 120));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "heatmap");
        series.put("name", "Reached (%)");
        series.put("data", data);
        series.put("label", Map.of("show", true));
        option.put("series", List.of(series));
        return option;
    }

    private static Map<String, Object> axes(Report report, List<Map<String, Object>> series, boolean horizontal) {
        Map<String, Object> category = Map.of("type", "category", "data",
                report.rows().stream().map(Report.Row::label).toList(), "axisLabel", Map.of("hideOverlap", true));
        Map<String, Object> value = Map.of("type", "value");
        Map<String, Object> option = base(Map.of("trigger", "axis"), series);
        option.put("grid", Map.of("left", 10, "right", 20, "top", 40, "bottom", 10, "containLabel", true));
        option.put("xAxis", horizontal ? value : category);
        option.put("yAxis", horizontal ? category : value);
        return option;
    }

    private static Map<String, Object> base(Map<String, Object> tooltip, List<Map<String, Object>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", tooltip);
        if (series.size() > 1) {
            option.put("legend", Map.of("top", 0, "type", "scroll"));
        }
        option.put("series", series);
        return option;
    }

    private static List<Integer> columns(Report report, int... indexes) {
        List<Integer> list = new ArrayList<>();
        for (int i : indexes) {
            if (i < report.columns().size()) {
                list.add(i);
            }
        }
        return list;
    }

    private static List<Integer> allColumns(Report report) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < report.columns().size(); i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Object> column(Report report, int c) {
        List<Object> values = new ArrayList<>();
        report.rows().forEach(r -> values.add(value(r.cells().get(c))));
        return values;
    }

    private static Object value(Cell cell) {
        return cell.value();
    }
}
