package com.pathway.workflow.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Projects by key, as a new item needs them: the id, the key and the workflow, none of which changes once the
 * project exists (projects are never deleted or renamed). Each node reads a project once, and keeps it after the
 * transaction that read it commits, so that a project seen only inside a transaction that rolled back is never kept.
 */
@Component
class ProjectKeys {

    /** What a new item takes from its project. */
    record Known(long id, String key, String workflowName) {
    }

    private final ProjectRepository projects;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    ProjectKeys(ProjectRepository projects) {
        this.projects = projects;
    }

    Optional<Known> find(String key) {
        Known hit = known.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<Known> found = projects.findByKey(key)
                .map(p -> new Known(p.getId(), p.getKey(), p.getWorkflowName()));
        found.ifPresent(project -> {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        known.put(key, project);
                    }
                });
            } else {
                known.put(key, project);
            }
        });
        return found;
    }
}
