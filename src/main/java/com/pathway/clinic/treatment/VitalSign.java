package com.pathway.clinic.treatment;

import com.pathway.clinic.treatment.SessionForm.Vitals;

/**
 * The vital signs a session records, with their unit and the span a living person can show: a reading or a
 * clinic's range limit outside {@code min}–{@code max} is a typing error. {@code field}: the reading's name in
 * {@link SessionForm.Vitals} and in field messages ({@code vitals[0].heartRate}).
 */
public enum VitalSign {
    SYSTOLIC("Systolic", "mmHg", 40, 300, "systolic"),
    DIASTOLIC("Diastolic", "mmHg", 20, 200, "diastolic"),
    HEART_RATE("Heart rate", "per minute", 20, 250, "heartRate"),
    SPO2("SpO₂", "%", 50, 100, "spo2"),
    RESPIRATORY_RATE("Respiratory rate", "per minute", 4, 60, "respiratoryRate");

    private final String label;
    private final String unit;
    private final int min;
    private final int max;
    private final String field;

    VitalSign(String label, String unit, int min, int max, String field) {
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.field = field;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The lowest plausible reading. */
    public int min() {
        return min;
    }

    /** The highest plausible reading. */
    public int max() {
        return max;
    }

    public String field() {
        return field;
    }

    /** This sign's reading in a vitals row, or null when it was not taken. */
    public Integer of(Vitals v) {
        return switch (this) {
            case SYSTOLIC -> v.systolic();
            case DIASTOLIC -> v.diastolic();
            case HEART_RATE -> v.heartRate();
            case SPO2 -> v.spo2();
            case RESPIRATORY_RATE -> v.respiratoryRate();
        };
    }

    /** A value with its unit: "180 mmHg", "92%". */
    public String withUnit(int value) {
        return value + ("%".equals(unit) ? "%" : " " + unit);
    }
}
