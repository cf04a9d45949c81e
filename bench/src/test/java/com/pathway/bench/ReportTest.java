package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

    static final Latencies.Summary APP = new Latencies.Summary(200, 12.5, 40.0, 61.25, 90.0);
    static final Latencies.Summary FLOOR = new Latencies.Summary(200, 5.0, 16.0, 20.0, 30.0);

    static Report report() {
        return new Report("2026-12-01T20:00:00Z", "small", "h2",
                new Report.Machine(2, 24_000, "Eclipse Adoptium 25", "Linux 6.1", "H2 2.4.240", "load 1.0"),
                List.of(ScenarioResult.measured("lead list", "how it was measured", List.of(
                                Row.latency("first page with count", APP, FLOOR, Target.p95AtMost(50)),
                                Row.figure("accepted inquiries per second", 812.345, "/s",
                                        Target.valueAtLeast(1_000, "/s")))),
                        ScenarioResult.notBuilt("board", "Columns with counts.")));
    }

    @Test
    void jsonHoldsEveryScenarioWithItsPercentilesFloorRatioAndVerdict() {
        JsonNode json = JsonMapper.builder().build().readTree(report().toJson());
        assertThat(json.path("scale").asString()).isEqualTo("small");
        assertThat(json.path("machine").path("cpus").asInt()).isEqualTo(2);
        JsonNode first = json.path("scenarios").get(0);
        assertThat(first.path("status").asString()).isEqualTo("measured");
        JsonNode row = first.path("rows").get(0);
        assertThat(row.path("latency").path("p95Ms").asDouble()).isEqualTo(40.0);
        assertThat(row.path("latency").path("p99Ms").asDouble()).isEqualTo(61.25);
        assertThat(row.path("floorRatio").asDouble()).isEqualTo(2.5);
        assertThat(row.path("target").asString()).isEqualTo("p95 ≤ 50 ms");
        assertThat(row.path("verdict").asString()).isEqualTo("met");
        JsonNode figure = first.path("rows").get(1);
        assertThat(figure.path("value").asDouble()).isEqualTo(812.35);
        assertThat(figure.path("verdict").asString()).isEqualTo("missed (1.23× off)");
        assertThat(json.path("scenarios").get(1).path("status").asString()).isEqualTo("not built yet");
        assertThat(json.path("scenarios").get(1).path("rows")).isEmpty();
    }

    @Test
    void markdownHasOneLinePerFigureAndSaysWhatIsNotBuilt() {
        String md = report().toMarkdown();
        assertThat(md).contains("Machine: 2 CPUs, 24,000 MB memory, JDK Eclipse Adoptium 25")
                .contains("| lead list | first page with count | 200 | 12.50 | 40 | 61.25 |  | 2.50× | p95 ≤ 50 ms | met |\n")
                .contains("| lead list | accepted inquiries per second |  |  |  |  | 812.35 /s |  | value ≥ 1,000 /s | missed (1.23× off) |\n")
                .contains("| board | *not built yet* |  |  |  |  |  |  |  |  |\n")
                .contains("- **board** (not built yet): Columns with counts.");
    }

    @Test
    void writesBothFiles(@TempDir Path folder) throws Exception {
        report().writeTo(folder.resolve("bench"));
        assertThat(Files.readString(folder.resolve("bench/results.json"))).contains("\"scenarios\"");
        assertThat(Files.readString(folder.resolve("bench/results.md"))).startsWith("Scale `small` on h2");
    }
}
