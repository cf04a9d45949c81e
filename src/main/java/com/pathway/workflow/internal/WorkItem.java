package com.pathway.workflow.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.StatusCategory;

/**
 * A work item. Its status changes only through {@link #moveTo}, which keeps the resolution rule:
 * a resolution exists only in a Done-category status and is cleared on leaving it.
 */
@Entity
@Table(name = "wf_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "item_number", nullable = false)
    private long number;

    @Column(name = "item_key", nullable = false, length = 24)
    private String key;

    @Column(name = "item_type", nullable = false, length = 64)
    private String type;

    @Column(nullable = false, length = 255)
    private String summary;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(nullable = false, length = 64)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false, length = 16)
    private StatusCategory category;

    @Column(length = 64)
    private String resolution;

    @Column(length = 64)
    private String assignee;

    @Column(nullable = false, length = 64)
    private String reporter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected WorkItem() {
    }

    WorkItem(long projectId, String projectKey, long number, String type, String summary, long definitionId,
            String status, StatusCategory category, String assignee, String reporter, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.key = projectKey + "-" + number;
        this.type = type;
        this.summary = summary;
        this.definitionId = definitionId;
        this.status = status;
        this.category = category;
        this.assignee = assignee;
        this.reporter = reporter;
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    /** Moves to a status; returns how long the item spent in the one it leaves. */
    Duration moveTo(String newStatus, StatusCategory newCategory, Instant now) {
        Duration spent = Duration.between(statusChangedAt, now);
        status = newStatus;
        category = newCategory;
        if (newCategory != StatusCategory.DONE) {
            resolution = null;
        }
        statusChangedAt = now;
        updatedAt = now;
        return spent;
    }

    void resolve(String newResolution, Instant now) {
        if (newResolution != null && category != StatusCategory.DONE) {
            throw InvalidInputException.of("resolution",
                    "A resolution can only be set in a Done status; " + status + " is not one.");
        }
        resolution = newResolution;
        updatedAt = now;
    }

    void assignTo(String username, Instant now) {
        assignee = username;
        updatedAt = now;
    }

    void rename(String newSummary, Instant now) {
        summary = newSummary;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getNumber() {
        return number;
    }

    public String getKey() {
        return key;
    }

    public String getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public String getStatus() {
        return status;
    }

    public StatusCategory getCategory() {
        return category;
    }

    public String getResolution() {
        return resolution;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getReporter() {
        return reporter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
