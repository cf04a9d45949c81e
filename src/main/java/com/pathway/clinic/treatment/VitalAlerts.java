package com.pathway.clinic.treatment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The clinic's vital-sign alert thresholds ({@code pathway.treatment.vital-alerts.*}): a reading beyond one is
 * highlighted in the session record with the plain fact ("Systolic 190 mmHg is above the clinic's alert
 * threshold of 180"), never with advice. The clinic sets them; Pathway does not judge a reading.
 */
public record VitalAlerts(@DefaultValue("180") @Min(40) @Max(300) int systolicAbove,
        @DefaultValue("110") @Min(20) @Max(200) int diastolicAbove,
        @DefaultValue("120") @Min(20) @Max(250) int heartRateAbove,
        @DefaultValue("50") @Min(20) @Max(250) int heartRateBelow,
        @DefaultValue("92") @Min(50) @Max(100) int spo2Below) {

    /** The alerts of each vitals row of a record, in order. */
    public List<SessionView.VitalAlert> of(List<SessionForm.Vitals> rows) {
        List<SessionView.VitalAlert> alerts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SessionForm.Vitals v = rows.get(i);
            above(alerts, i, "systolic", "Systolic", v.systolic(), systolicAbove, "mmHg");
            above(alerts, i, "diastolic", "Diastolic", v.diastolic(), diastolicAbove, "mmHg");
            above(alerts, i, "heartRate", "Heart rate", v.heartRate(), heartRateAbove, "per minute");
            if (v.heartRate() != null && v.heartRate() < heartRateBelow) {
                alerts.add(new SessionView.VitalAlert(i, "heartRate", "Heart rate " + v.heartRate()
                        + " per minute is below the clinic's alert threshold of " + heartRateBelow + "."));
            }
            if (v.spo2() != null && v.spo2() < spo2Below) {
                alerts.add(new SessionView.VitalAlert(i, "spo2", "SpO₂ " + v.spo2()
                        + "% is below the clinic's alert threshold of " + spo2Below + "%."));
            }
        }
        return alerts;
    }

    private static void above(List<SessionView.VitalAlert> alerts, int row, String field, String name, Integer value,
            int threshold, String unit) {
        if (value != null && value > threshold) {
            alerts.add(new SessionView.VitalAlert(row, field, name + " " + value + " " + unit
                    + " is above the clinic's alert threshold of " + threshold + "."));
        }
    }
}
