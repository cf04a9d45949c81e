package com.pathway.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project: the key prefix of its items and the counter that numbers them. */
@Entity
@Table(name = "wf_project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_key", nullable = false, length = 10)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "workflow_name", nullable = false, length = 64)
    private String workflowName;

    /** The counter of item numbers: written only by {@link ItemNumbers}, in transactions of its own. */
    @Column(name = "next_number", nullable = false)
    private long nextNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Project() {
    }

    public Project(String key, String name, String workflowName, Instant createdAt) {
        this.key = key;
        this.name = name;
        this.workflowName = workflowName;
        this.nextNumber = 1;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getWorkflowName() {
        return workflowName;
    }
}
