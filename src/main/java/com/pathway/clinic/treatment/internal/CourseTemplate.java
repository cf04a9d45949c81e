package com.pathway.clinic.treatment.internal;

import com.pathway.clinic.treatment.TemplateView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course template of the clinic: a number of infusions so many days apart; shipped or the clinic's own addition. */
@Entity
@Table(name = "course_template")
public class CourseTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 80)
    private String name;
    @Column(length = 300)
    private String description;
    @Column(nullable = false)
    private int sessions;
    @Column(name = "interval_days", nullable = false)
    private int intervalDays;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false, updatable = false)
    private boolean shipped;
    @Version
    private long version;

    protected CourseTemplate() {
    }

    public CourseTemplate(String name, String description, int sessions, int intervalDays, int position) {
        change(name, description, sessions, intervalDays);
        this.position = position;
        this.active = true;
    }

    /** Takes checked values (see {@code CourseTemplateService}); courses started earlier keep their sessions. */
    public void change(String name, String description, int sessions, int intervalDays) {
        this.name = name;
        this.description = description;
        this.sessions = sessions;
        this.intervalDays = intervalDays;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public TemplateView view() {
        return new TemplateView(id, name, description, sessions, intervalDays, active, shipped, version);
    }

    public Long getId() {
        return id;
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

    public boolean isActive() {
        return active;
    }
}
