package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void upperBoundsAreMetUpToAndIncludingTheBound() {
        assertThat(Target.p95AtMost(50).judge(50).met()).isTrue();
        assertThat(Target.p95AtMost(50).judge(125)).isEqualTo(new Target.Verdict(false, "missed (2.50× off)"));
    }

    @Test
    void lowerBoundsSayHowFarBelowTheyAre() {
        assertThat(Target.valueAtLeast(1_000, "/s").judge(1_000).met()).isTrue();
        assertThat(Target.valueAtLeast(1_000, "/s").judge(250).text()).isEqualTo("missed (4.00× off)");
        assertThat(Target.valueAtLeast(1_000, "/s").judge(0).met()).isFalse();
    }

    @Test
    void describesItselfAsTheIssueWritesIt() {
        assertThat(Target.p99AtMost(50).describe()).isEqualTo("p99 ≤ 50 ms");
        assertThat(Target.valueAtMost(0.5, "s").describe()).isEqualTo("value ≤ 0.50 s");
    }

    @Test
    void latencyRowsJudgeThePercentileTheTargetNames() {
        Latencies.Summary latency = new Latencies.Summary(10, 1, 30, 70, 80);
        assertThat(Row.latency("x", latency, null, Target.p99AtMost(50)).verdict()).startsWith("missed");
        assertThat(Row.latency("x", latency, null, Target.p95AtMost(50)).verdict()).isEqualTo("met");
        assertThat(Row.latency("x", latency, null, null).floorRatio()).isNull();
    }

    @Test
    void aBoundOfNothingIsMetOnlyByNothingAndSaysNoFactor() {
        assertThat(Target.valueAtMost(0, "answers").judge(0).met()).isTrue();
        assertThat(Target.valueAtMost(0, "answers").judge(3)).isEqualTo(new Target.Verdict(false, "missed"));
    }

    @Test
    void aLatencyTargetWithoutASingleAnswerIsNotMeasuredRatherThanMet() {
        Latencies.Summary none = new Latencies.Summary(0, 0, 0, 0, 0);
        assertThat(Row.latency("x", none, null, Target.p95AtMost(100)).verdict())
                .isEqualTo("not measured (no request answered)");
    }

    @Test
    void latenciesRecordedIntoAnotherAsWellCountInBoth() {
        Latencies all = new Latencies();
        Latencies one = new Latencies();
        all.andInto(one).recordNanos(5_000_000);
        all.recordNanos(7_000_000);
        assertThat(all.count()).isEqualTo(2);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.summary().p50Ms()).isEqualTo(5.0);
    }
}
