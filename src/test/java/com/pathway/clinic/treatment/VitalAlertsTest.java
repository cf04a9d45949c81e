package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.treatment.SessionForm.Vitals;

/** Readings beyond the clinic's alert thresholds are named as plain facts, row by row; never advice. */
class VitalAlertsTest {

    static final Instant AT = Instant.parse("2026-12-04T15:00:00Z");
    final VitalAlerts thresholds = new VitalAlerts(180, 110, 120, 50, 92);

    @Test
    void namesEachReadingBeyondAThresholdWithItsRowAndField() {
        List<SessionView.VitalAlert> alerts = thresholds.of(List.of(new Vitals(AT, 130, 80, 70, 98, 14),
                new Vitals(AT, 190, 100, 45, 90, null)));

        assertThat(alerts).extracting(SessionView.VitalAlert::row).containsOnly(1);
        assertThat(alerts).extracting(SessionView.VitalAlert::field).containsExactly("systolic", "heartRate", "spo2");
        assertThat(alerts.getFirst().text()).isEqualTo("Systolic 190 mmHg is above the clinic's alert threshold of 180.");
        assertThat(alerts).extracting(SessionView.VitalAlert::text)
                .noneMatch(t -> t.toLowerCase().matches(".*\\b(give|administer|should|consider|stop|call)\\b.*"));
    }

    @Test
    void aReadingAtTheThresholdOrAMissingOneRaisesNothing() {
        assertThat(thresholds.of(List.of(new Vitals(AT, 180, 110, 120, 92, null), new Vitals(AT, null, null, 50, null, 20))))
                .isEmpty();
    }
}
