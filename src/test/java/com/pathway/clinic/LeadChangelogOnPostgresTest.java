package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import com.pathway.shared.NotFoundException;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/** Lead edits in the changelog and the lead timeline on PostgreSQL (migration V10 included). */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class LeadChangelogOnPostgresTest {

    @Autowired
    LeadService leads;

    @Autowired
    LeadTimeline timeline;

    @Autowired
    WorkflowService workflow;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void editsAreInTheChangelogForThoseWhoMayReadTheLeadAndInTheTimelineNewestFirst() {
        LeadDetails lead = leads.create(Leads.form("Sasha", "Doyle", "+12025550131", "sasha.doyle@example.org"));
        workflow.transition(lead.key(), TransitionRequest.of("Contact"));
        LeadForm f = lead.form();
        leads.update(lead.key(), new LeadForm(f.firstName(), f.lastName(), "Sash", f.dateOfBirth(), "+12025550132",
                f.altPhone(), f.email(), f.preferredContact(), f.preferredContactTime(), f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                f.payer(), f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(),
                f.tags(), f.priority(), f.coordinator(), f.clinician(), f.message()), lead.version());

        assertThat(workflow.fieldChangesNewestFirst(lead.key(), PageRequest.of(0, 10)).getContent())
                .extracting(FieldChange::field).containsExactly("phone", "preferredName");
        assertThat(timeline.newest(lead.key(), 10).entries()).extracting(TimelineEntry::title)
                .containsExactly("Lead details changed", "Contact", "Created in New inquiry");
        assertThat(timeline.newest(lead.key(), 2).hasOlder()).isTrue();

        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> workflow.fieldChanges(lead.key(), PageRequest.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
    }
}
