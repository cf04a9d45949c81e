package com.pathway.clinic.treatment.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.pathway.clinic.treatment.CourseStatus;
import com.pathway.shared.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A lead's planned series of infusions. It guards its own states: planned until a session is recorded,
 * then active; completed or stopped (with a reason) only while open, and never reopened.
 */
@Entity
@Table(name = "treatment_course")
public class TreatmentCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Column(nullable = false, updatable = false, length = 80)
    private String indication;
    @Column(name = "planned_sessions", nullable = false, updatable = false)
    private int plannedSessions;
    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;
    @Convert(converter = TreatmentEncryption.StopReason.class)
    @Column(name = "stop_reason")
    private String stopReason;
    @Column(length = 80, updatable = false)
    private String template;
    @Column(name = "next_session_at")
    private Instant nextSessionAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "ended_by", length = 64)
    private String endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Version
    private long version;

    protected TreatmentCourse() {
    }

    public TreatmentCourse(long itemId, String itemKey, String indication, int plannedSessions, LocalDate startsOn,
            Instant nextSessionAt, String template, String createdBy, Instant createdAt) {
        this.template = template;
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.indication = indication;
        this.plannedSessions = plannedSessions;
        this.startsOn = startsOn;
        this.nextSessionAt = nextSessionAt;
        this.status = CourseStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A session was recorded: a planned course becomes active. */
    public void sessionRecorded() {
        requireOpen();
        status = CourseStatus.ACTIVE;
    }

    public void complete(String by, Instant at) {
        requireOpen();
        status = CourseStatus.COMPLETED;
        nextSessionAt = null;
        endedBy = by;
        endedAt = at;
    }

    public void stop(String reason, String by, Instant at) {
        requireOpen();
        status = CourseStatus.STOPPED;
        stopReason = reason;
        nextSessionAt = null;
        endedBy = by;
        endedAt = at;
    }

    public void scheduleNext(Instant at) {
        requireOpen();
        nextSessionAt = at;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw InvalidInputException.of("course", "This course is " + status.label().toLowerCase()
                    + "; start a new course instead.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getIndication() {
        return indication;
    }

    public int getPlannedSessions() {
        return plannedSessions;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getStopReason() {
        return stopReason;
    }

    public String getTemplate() {
        return template;
    }

    public Instant getNextSessionAt() {
        return nextSessionAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }
}
