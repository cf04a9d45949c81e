package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowPublished;
import com.pathway.workflow.WorkflowDefinitions;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** The lead table's copy of each lead's status follows the engine in the same transaction. */
@WorkflowTest
class LeadStatusReadModelTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowDefinitions definitions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private Map<String, Object> row(String key) {
        return jdbc.queryForMap("select l.status, l.status_category, l.status_changed_at, l.resolution,"
                + " i.status_changed_at as item_changed from lead l join wf_item i on i.id = l.id where l.item_key = ?", key);
    }

    @Test
    void aNewLeadAndEachTransitionAreCopiedToTheLeadRow() {
        String key = leads.create(Leads.form("Noor", "Castell", "+12025550121", null)).key();
        assertThat(row(key)).containsEntry("status", "New inquiry").containsEntry("status_category", "TODO");

        workflow.transition(key, new TransitionRequest("Close", Map.of("resolution", "Lost contact"), null, null));
        Map<String, Object> closed = row(key);
        assertThat(closed).containsEntry("status", "Closed").containsEntry("status_category", "DONE")
                .containsEntry("resolution", "Lost contact");
        assertThat(closed.get("status_changed_at")).isEqualTo(closed.get("item_changed"));

        SignedIn.as("manager", "MANAGER");
        workflow.transition(key, TransitionRequest.of("Reopen"));
        assertThat(row(key)).containsEntry("status", "New inquiry").containsEntry("resolution", null);
    }

    @Test
    void aPublishThatMovesOrRespellsStatusesIsFollowed() {
        String moved = leads.create(Leads.form("Ines", "Marlow", "+12025550122", null)).key();
        String respelled = leads.create(Leads.form("Ivo", "Marlow", "+12025550123", null)).key();
        // As the rows would stand had the previous version a status "Waitlist" and spelled "contacted" so.
        jdbc.update("update lead set status = 'Waitlist-x1' where item_key = ?", moved);
        jdbc.update("update lead set status = 'contacted', status_category = 'TODO' where item_key = ?", respelled);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        tx.executeWithoutResult(s -> events.publishEvent(new WorkflowPublished("clinic", 99, Set.of("PW"),
                definitions.published("PW"), Map.of("waitlist-x1", "Contacted"), "admin", now)));

        assertThat(row(moved)).containsEntry("status", "Contacted").containsEntry("status_category", "IN_PROGRESS");
        assertThat(row(respelled)).containsEntry("status", "Contacted").containsEntry("status_category", "IN_PROGRESS");
    }
}
