package com.pathway.clinic.treatment.internal;

import com.pathway.clinic.treatment.OptionKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entry of the clinic's own lists (an indication, a side effect): shipped with Pathway or added by the clinic. */
@Entity
@Table(name = "treatment_option")
public class TreatmentOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private OptionKind kind;
    @Column(nullable = false, length = 80)
    private String label;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false, updatable = false)
    private boolean shipped;
    @Version
    private long version;

    protected TreatmentOption() {
    }

    public TreatmentOption(OptionKind kind, String label, int position) {
        this.kind = kind;
        this.label = label;
        this.position = position;
        this.active = true;
        this.shipped = false;
    }

    public void rename(String label) {
        this.label = label;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public OptionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isShipped() {
        return shipped;
    }

    public long getVersion() {
        return version;
    }
}
