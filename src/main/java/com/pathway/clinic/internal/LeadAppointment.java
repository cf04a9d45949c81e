package com.pathway.clinic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


/** An appointment booked for a lead; at most one of a lead's is not cancelled. */
@Entity
@Table(name = "lead_appointment")
public class LeadAppointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lead_id", nullable = false)
    private long leadId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(nullable = false, length = 64)
    private String clinician;
    @Column(nullable = false, length = 60)
    private String mode;
    @Column(nullable = false)
    private boolean cancelled;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected LeadAppointment() {
    }

    public LeadAppointment(long leadId, Instant startsAt, String clinician, String mode, String actor,
            Instant now) {
        this.leadId = leadId;
        this.startsAt = startsAt;
        this.clinician = clinician;
        this.mode = mode;
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void reschedule(Instant newStart, String newClinician, String newMode, String actor, Instant now) {
        if (cancelled) {
            throw new IllegalStateException("A cancelled appointment is not rescheduled");
        }
        startsAt = newStart;
        clinician = newClinician;
        mode = newMode;
        updatedBy = actor;
        updatedAt = now;
    }

    public void cancel(String actor, Instant now) {
        cancelled = true;
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getLeadId() {
        return leadId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getClinician() {
        return clinician;
    }

    public String getMode() {
        return mode;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
