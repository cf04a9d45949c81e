package com.pathway.clinic.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.StatusCategory;

/**
 * Keeps each lead's service-level targets in step with its transitions, in the transaction that made
 * them: the first contact happens when the lead first leaves the workflow's initial status, the
 * consultation when it first enters a status marked {@code consultation-booked: true}; the next due
 * target ({@code sla_due_at}) is the first one not met, and none once the lead is closed.
 */
@Component
class LeadServiceLevelModel {

    private final NamedParameterJdbcTemplate jdbc;
    private final ClinicStatuses statuses;

    LeadServiceLevelModel(DataSource dataSource, ClinicStatuses statuses) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.statuses = statuses;
    }

    @EventListener
    void on(ItemTransitioned event) {
        if (!ClinicWorkflowPlugin.LEAD.equals(event.type())) {
            return;
        }
        boolean leftInitial = statuses.initial().equalsIgnoreCase(event.fromStatus())
                && !event.fromStatus().equalsIgnoreCase(event.toStatus());
        boolean booked = statuses.booksConsultation(event.toStatus());
        boolean done = event.toCategory() == StatusCategory.DONE;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("at", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .addValue("id", event.itemId());
        if (leftInitial) {
            jdbc.update("update lead set first_contact_at = :at where id = :id and first_contact_at is null", params);
        }
        if (booked) {
            jdbc.update("update lead set consultation_at = :at where id = :id and consultation_at is null", params);
        }
        jdbc.update("update lead set sla_due_at = " + (done ? "null" : """
                case when first_contact_at is null then first_response_due_at
                     when consultation_at is null then consultation_due_at end""") + " where id = :id", params);
    }
}
