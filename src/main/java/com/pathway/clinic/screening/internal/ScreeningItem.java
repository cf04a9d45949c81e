package com.pathway.clinic.screening.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.clinic.screening.ChecklistItem;
import com.pathway.clinic.screening.ItemKind;

/** An item of the clinic's screening checklist. Never deleted: retired items stay on the screenings that asked them. */
@Entity
@Table(name = "screening_item")
public class ScreeningItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 300)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;
    @Column(nullable = false)
    private boolean contraindication;
    @Column(nullable = false)
    private boolean example;
    @Column(nullable = false)
    private boolean active;
    @Version
    private long version;

    protected ScreeningItem() {
    }

    public ScreeningItem(int position, String label, ItemKind kind, boolean contraindication) {
        this.position = position;
        change(label, kind, contraindication, true);
    }

    /** An administrator's change; the clinic's own wording is no longer the shipped example. */
    public void change(String label, ItemKind kind, boolean contraindication, boolean active) {
        this.label = label;
        this.kind = kind;
        this.contraindication = contraindication && kind == ItemKind.YES_NO;
        this.active = active;
        this.example = false;
    }

    public ChecklistItem view() {
        return new ChecklistItem(id, position, label, kind, contraindication, example, active, version);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public ItemKind getKind() {
        return kind;
    }

    public boolean isContraindication() {
        return contraindication;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
