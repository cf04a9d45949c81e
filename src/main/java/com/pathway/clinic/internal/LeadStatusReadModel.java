package com.pathway.clinic.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowDefinition.Status;
import com.pathway.workflow.WorkflowPublished;

/**
 * Keeps the lead table's copy of each lead's status (status, category, when it was entered,
 * resolution) in step with the engine, in the transaction that changed it: listeners run
 * synchronously where the engine publishes. A new lead's row is written with its item's first
 * status ({@link LeadWriter}); after that, transitions and the remapping a workflow publish does
 * arrive here. The clinic's lists read this copy and never the engine's tables.
 */
@Component
class LeadStatusReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    LeadStatusReadModel(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @EventListener
    void on(ItemTransitioned event) {
        if (!ClinicWorkflowPlugin.LEAD.equals(event.type())) {
            return;
        }
        jdbc.update("update lead set status = :status, status_category = :category, status_changed_at = :at,"
                + " resolution = :resolution where id = :id", new MapSqlParameterSource()
                        .addValue("status", event.toStatus())
                        .addValue("category", event.toCategory().name())
                        .addValue("at", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                        .addValue("resolution", event.resolution())
                        .addValue("id", event.itemId()));
    }

    /** Follows what publishing did to the items: moved out of removed statuses, then re-spelled. */
    @EventListener
    void on(WorkflowPublished event) {
        if (!event.projects().contains(ClinicWorkflowPlugin.PROJECT)) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        for (Map.Entry<String, String> move : event.moved().entrySet()) {
            Status to = event.definition().status(move.getValue()).orElseThrow();
            boolean done = to.statusCategory() == StatusCategory.DONE;
            jdbc.update("update lead set status = :to, status_category = :category, status_changed_at = :at"
                    + (done ? "" : ", resolution = null") + " where lower(status) = :from", new MapSqlParameterSource()
                            .addValue("to", to.name())
                            .addValue("category", to.statusCategory().name())
                            .addValue("at", at)
                            .addValue("from", move.getKey().toLowerCase(Locale.ROOT)));
        }
        for (Status status : event.definition().statuses()) {
            boolean done = status.statusCategory() == StatusCategory.DONE;
            jdbc.update("update lead set status = :status, status_category = :category"
                    + (done ? "" : ", resolution = null") + " where lower(status) = :match", new MapSqlParameterSource()
                            .addValue("status", status.name())
                            .addValue("category", status.statusCategory().name())
                            .addValue("match", status.name().toLowerCase(Locale.ROOT)));
        }
    }
}
