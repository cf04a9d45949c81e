package com.pathway.clinic.treatment;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The vital-sign ranges a fresh installation starts with ({@code pathway.treatment.vital-alerts.*}). They seed
 * the clinic's ranges once, for each sign that has none yet; from then on an administrator changes them on
 * the Treatment lists page ({@link VitalThresholdService}), and these settings no longer apply.
 */
public record VitalAlerts(@DefaultValue("180") @Min(40) @Max(300) int systolicAbove,
        @DefaultValue("110") @Min(20) @Max(200) int diastolicAbove,
        @DefaultValue("120") @Min(20) @Max(250) int heartRateAbove,
        @DefaultValue("50") @Min(20) @Max(250) int heartRateBelow,
        @DefaultValue("92") @Min(50) @Max(100) int spo2Below) {

    /** The seed range of each sign: a reading above "above" or below "below" is outside; no respiratory range. */
    public Map<VitalSign, VitalLimits> seed() {
        Map<VitalSign, VitalLimits> seed = new EnumMap<>(VitalSign.class);
        seed.put(VitalSign.SYSTOLIC, new VitalLimits(null, systolicAbove));
        seed.put(VitalSign.DIASTOLIC, new VitalLimits(null, diastolicAbove));
        seed.put(VitalSign.HEART_RATE, new VitalLimits(heartRateBelow, heartRateAbove));
        seed.put(VitalSign.SPO2, new VitalLimits(spo2Below, null));
        seed.put(VitalSign.RESPIRATORY_RATE, new VitalLimits(null, null));
        return seed;
    }
}
