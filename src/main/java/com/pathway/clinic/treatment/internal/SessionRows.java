package com.pathway.clinic.treatment.internal;

import java.math.BigDecimal;
import java.time.Instant;

import com.pathway.clinic.treatment.Severity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The rows a session record holds, stored in its own tables in the order staff entered them. */
public final class SessionRows {

    private SessionRows() {
    }

    @Embeddable
    public static class DoseStepRow {
        @Column(name = "given_at", nullable = false)
        Instant givenAt;
        @Column(nullable = false, precision = 10, scale = 3)
        BigDecimal amount;
        @Column(nullable = false, length = 16)
        String unit;
        @Column(length = 80)
        String route;

        protected DoseStepRow() {
        }

        public DoseStepRow(Instant givenAt, BigDecimal amount, String unit, String route) {
            this.givenAt = givenAt;
            this.amount = amount;
            this.unit = unit;
            this.route = route;
        }
    }

    @Embeddable
    public static class VitalsRow {
        @Column(name = "taken_at", nullable = false)
        Instant takenAt;
        Integer systolic;
        Integer diastolic;
        @Column(name = "heart_rate")
        Integer heartRate;
        Integer spo2;
        @Column(name = "respiratory_rate")
        Integer respiratoryRate;

        protected VitalsRow() {
        }

        public VitalsRow(Instant takenAt, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
                Integer respiratoryRate) {
            this.takenAt = takenAt;
            this.systolic = systolic;
            this.diastolic = diastolic;
            this.heartRate = heartRate;
            this.spo2 = spo2;
            this.respiratoryRate = respiratoryRate;
        }
    }

    @Embeddable
    public static class SideEffectRow {
        @Column(nullable = false, length = 80)
        String effect;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        Severity severity;
        @Column(name = "noted_at", nullable = false)
        Instant notedAt;

        protected SideEffectRow() {
        }

        public SideEffectRow(String effect, Severity severity, Instant notedAt) {
            this.effect = effect;
            this.severity = severity;
            this.notedAt = notedAt;
        }
    }

    @Embeddable
    public static class AddendumRow {
        @Convert(converter = TreatmentEncryption.Addendum.class)
        @Column(nullable = false)
        String body;
        @Column(nullable = false, length = 64)
        String author;
        @Column(name = "author_name", nullable = false, length = 120)
        String authorName;
        @Column(name = "created_at", nullable = false)
        Instant createdAt;

        protected AddendumRow() {
        }

        public AddendumRow(String body, String author, String authorName, Instant createdAt) {
            this.body = body;
            this.author = author;
            this.authorName = authorName;
            this.createdAt = createdAt;
        }
    }
}
