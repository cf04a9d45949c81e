package com.pathway.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One change of a field of an item (the engine's or a plugin's); never updated. */
@Entity
@Immutable
@Table(name = "wf_item_change")
public class ItemChangeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 64)
    private String field;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** A change of a plugin's field (possibly personal data), not of the engine's own. */
    @Column(name = "plugin_field", nullable = false)
    private boolean pluginField;

    protected ItemChangeRow() {
    }

    ItemChangeRow(long itemId, String field, String oldValue, String newValue, String actor, Instant occurredAt) {
        this(itemId, field, oldValue, newValue, actor, occurredAt, false);
    }

    ItemChangeRow(long itemId, String field, String oldValue, String newValue, String actor, Instant occurredAt,
            boolean pluginField) {
        this.pluginField = pluginField;
        this.itemId = itemId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isPluginField() {
        return pluginField;
    }
}
