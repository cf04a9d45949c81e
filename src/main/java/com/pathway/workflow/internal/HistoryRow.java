package com.pathway.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One status change of an item; never updated. */
@Entity
@Immutable
@Table(name = "wf_history")
public class HistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(length = 64)
    private String transition;

    @Column(name = "from_status", length = 64)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 64)
    private String toStatus;

    @Column(length = 64)
    private String resolution;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "millis_in_from")
    private Long millisInFrom;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(length = 8000)
    private String fields;

    protected HistoryRow() {
    }

    HistoryRow(long itemId, String transition, String fromStatus, String toStatus, String resolution, String actor,
            Instant occurredAt, Long millisInFrom, String comment, String fields) {
        this.itemId = itemId;
        this.transition = transition;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.resolution = resolution;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.millisInFrom = millisInFrom;
        this.comment = comment;
        this.fields = fields;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getTransition() {
        return transition;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getResolution() {
        return resolution;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getMillisInFrom() {
        return millisInFrom;
    }

    public String getComment() {
        return comment;
    }

    public String getFields() {
        return fields;
    }
}
