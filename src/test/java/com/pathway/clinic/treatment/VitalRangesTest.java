package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.treatment.SessionForm.Vitals;
import com.pathway.clinic.treatment.internal.VitalThresholds;

/**
 * Readings outside the clinic's ranges are named as plain facts, row by row, and the same rule marks a field
 * as it is typed; never advice. A range is checked before it is kept: plausible limits, low below high.
 */
class VitalRangesTest {

    static final Instant AT = Instant.parse("2026-12-04T15:00:00Z");
    final VitalRanges ranges = ranges(new VitalAlerts(180, 110, 120, 50, 92));

    static VitalRanges ranges(VitalAlerts seed) {
        return new VitalRanges(seed.seed().entrySet().stream()
                .map(e -> new VitalRange(e.getKey(), e.getValue().low(), e.getValue().high(), true, null, null, 0))
                .toList());
    }

    @Test
    void namesEachReadingOutsideARangeWithItsRowAndField() {
        List<SessionView.VitalAlert> alerts = ranges.alerts(List.of(new Vitals(AT, 130, 80, 70, 98, 14),
                new Vitals(AT, 190, 100, 45, 90, null)));

        assertThat(alerts).extracting(SessionView.VitalAlert::row).containsOnly(1);
        assertThat(alerts).extracting(SessionView.VitalAlert::field).containsExactly("systolic", "heartRate", "spo2");
        assertThat(alerts).extracting(SessionView.VitalAlert::text).containsExactly(
                "Systolic 190 mmHg is above the clinic's range (max 180).",
                "Heart rate 45 per minute is below the clinic's range (min 50).",
                "SpO₂ 90% is below the clinic's range (min 92).");
        assertThat(alerts).extracting(SessionView.VitalAlert::text)
                .noneMatch(t -> t.toLowerCase().matches(".*\\b(give|administer|should|consider|stop|call)\\b.*"));
    }

    @Test
    void aReadingAtALimitOrAMissingOneRaisesNothing() {
        assertThat(ranges.alerts(List.of(new Vitals(AT, 180, 110, 120, 92, null), new Vitals(AT, null, null, 50, null, 20))))
                .isEmpty();
    }

    @Test
    void theFieldNoteIsTheSameRuleInShortForm() {
        assertThat(ranges.note(VitalSign.SYSTOLIC, 190)).isEqualTo("Above the clinic's range (max 180)");
        assertThat(ranges.note(VitalSign.HEART_RATE, 45)).isEqualTo("Below the clinic's range (min 50)");
        assertThat(ranges.note(VitalSign.HEART_RATE, 50)).isNull();
        assertThat(ranges.note(VitalSign.RESPIRATORY_RATE, 59)).as("no range, no mark").isNull();
        assertThat(ranges.note(VitalSign.SYSTOLIC, null)).isNull();
    }

    @Test
    void aRangeReadsAsWordsWithItsUnit() {
        assertThat(ranges.of(VitalSign.HEART_RATE).text()).isEqualTo("50–120 per minute");
        assertThat(ranges.of(VitalSign.SYSTOLIC).text()).isEqualTo("at most 180 mmHg");
        assertThat(ranges.of(VitalSign.SPO2).text()).isEqualTo("at least 92%");
        assertThat(ranges.of(VitalSign.RESPIRATORY_RATE).text()).isEqualTo("no range");
    }

    @Test
    void aRangeNeedsPlausibleLimitsWithTheLowBelowTheHigh() {
        assertThat(VitalThresholds.check(VitalSign.HEART_RATE, new VitalLimits(50, 120)).errors()).isEmpty();
        assertThat(VitalThresholds.check(VitalSign.HEART_RATE, new VitalLimits(null, null)).errors()).isEmpty();
        assertThat(VitalThresholds.check(VitalSign.HEART_RATE, new VitalLimits(120, 50)).errors())
                .containsOnlyKeys("high").containsValue("Heart rate: the high limit (50) must be above the low limit (120).");
        assertThat(VitalThresholds.check(VitalSign.HEART_RATE, new VitalLimits(80, 80)).errors()).containsOnlyKeys("high");
        assertThat(VitalThresholds.check(VitalSign.SPO2, new VitalLimits(40, 101)).errors())
                .containsEntry("low", "SpO₂: the lowest reading inside the range must be between 50 and 100%, or empty "
                        + "for no limit.")
                .containsKey("high");
        assertThat(VitalThresholds.check(VitalSign.SYSTOLIC, new VitalLimits(-5, 900)).errors()).containsOnlyKeys("low", "high");
    }

    @Test
    void settingsThatMakeNoRangeStopTheStartWithTheReason() {
        TreatmentProperties upsideDown = new TreatmentProperties(7, 4, new VitalAlerts(180, 110, 60, 90, 92));

        assertThatThrownBy(() -> new VitalThresholds(null, upsideDown, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pathway.treatment.vital-alerts: Heart rate: the high limit (60) must be above the low limit (90).");
    }
}
