package com.pathway.clinic.treatment.internal;

import java.util.ArrayList;
import java.util.List;

import com.pathway.clinic.treatment.TemplateView;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course template of the clinic: an ordered list of phases (for example induction, then maintenance), each
 * so many infusions so many days apart; shipped or the clinic's own addition.
 */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_template_phase", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplatePhase> phases = new ArrayList<>();
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

    public CourseTemplate(String name, String description, List<TemplatePhase> phases, int position) {
        change(name, description, phases);
        this.position = position;
        this.active = true;
    }

    /** Takes checked values (see {@code CourseTemplateService}); courses started earlier keep their sessions. */
    public void change(String name, String description, List<TemplatePhase> phases) {
        this.name = name;
        this.description = description;
        this.phases.clear();
        this.phases.addAll(phases);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public TemplateView view() {
        return new TemplateView(id, name, description, phases.stream().map(TemplatePhase::view).toList(), active,
                shipped, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<TemplatePhase> getPhases() {
        return List.copyOf(phases);
    }

    /** How many infusions all phases plan together. */
    public int getSessions() {
        return phases.stream().mapToInt(TemplatePhase::getSessions).sum();
    }

    public boolean isActive() {
        return active;
    }
}
