package com.pathway.workflow;

import java.time.Instant;

/** A work item as services, views and the API show it. {@code version} is the optimistic-lock version. */
public record WorkItemView(long id, String key, String project, String type, String summary, String status,
        StatusCategory category, String resolution, String assignee, String reporter, Instant createdAt,
        Instant updatedAt, long version, String workflow, int workflowVersion) {
}
