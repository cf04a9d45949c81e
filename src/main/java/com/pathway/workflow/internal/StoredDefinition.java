package com.pathway.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.pathway.workflow.DefinitionState;

/** One version of a workflow definition, kept as the YAML it was imported from. */
@Entity
@Table(name = "wf_definition")
public class StoredDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DefinitionState state;

    @Column(nullable = false, length = 262144)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    protected StoredDefinition() {
    }

    public StoredDefinition(String name, int version, String source, Instant createdAt, String createdBy) {
        this.name = name;
        this.version = version;
        this.source = source;
        this.state = DefinitionState.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void publish(Instant at, String by) {
        state = DefinitionState.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    void retire() {
        state = DefinitionState.RETIRED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public DefinitionState getState() {
        return state;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
