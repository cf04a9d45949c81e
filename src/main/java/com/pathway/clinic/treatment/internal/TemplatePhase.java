package com.pathway.clinic.treatment.internal;

import com.pathway.clinic.treatment.PhaseView;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One phase of a course template: so many infusions so many days apart; a phase after the first starts
 * {@code startAfterDays} after the previous phase's last session (null for the first phase).
 */
@Embeddable
public class TemplatePhase {

    @Column(nullable = false, length = 80)
    private String name;
    @Column(nullable = false)
    private int sessions;
    @Column(name = "interval_days", nullable = false)
    private int intervalDays;
    @Column(name = "start_after_days")
    private Integer startAfterDays;

    protected TemplatePhase() {
    }

    public TemplatePhase(String name, int sessions, int intervalDays, Integer startAfterDays) {
        this.name = name;
        this.sessions = sessions;
        this.intervalDays = intervalDays;
        this.startAfterDays = startAfterDays;
    }

    public PhaseView view() {
        return new PhaseView(name, sessions, intervalDays, startAfterDays);
    }

    public String getName() {
        return name;
    }

    public int getSessions() {
        return sessions;
    }

    public int getIntervalDays() {
        return intervalDays;
    }

    public Integer getStartAfterDays() {
        return startAfterDays;
    }
}
