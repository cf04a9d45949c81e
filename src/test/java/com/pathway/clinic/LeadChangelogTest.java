package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.FieldEdit;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** Edits of lead fields land in the item's changelog, readable only by those who may read the lead. */
@WorkflowTest
class LeadChangelogTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private LeadDetails newLead(String last) {
        return leads.create(Leads.form("Rowan", last, "(202) 555-0161", last.toLowerCase() + "@example.org"));
    }

    private static LeadForm withPhoneEmailAndMessage(LeadForm f, String phone, String email, String message) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), phone, f.altPhone(),
                email, f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(),
                f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(),
                f.phoneConsent(), null, f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(), f.coordinator(),
                f.clinician(), message);
    }

    private List<FieldChange> changes(String key) {
        return workflow.fieldChanges(key, PageRequest.of(0, 50)).getContent();
    }

    @Test
    void anEditRecordsEachChangedFieldWithOldAndNewValueWhoAndWhen() {
        LeadDetails lead = newLead("Lindqvist");
        Instant before = Instant.now().minusSeconds(1);

        leads.update(lead.key(), withPhoneEmailAndMessage(lead.form(), "(202) 555-0199", "rowan.l@example.org",
                "Prefers a call after 5 pm, about her PTSD."), lead.version());

        List<FieldChange> changes = changes(lead.key());
        assertThat(changes).extracting(FieldChange::field).containsExactly("phone", "email", "message");
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("+12025550161");
            assertThat(c.newValue()).isEqualTo("+12025550199");
            assertThat(c.actor()).isEqualTo("intake");
            assertThat(c.occurredAt()).isAfter(before);
        });
        assertThat(changes.get(1).oldValue()).isEqualTo("lindqvist@example.org");
        assertThat(changes.get(2).oldValue()).as("free text is not kept in the history")
                .isEqualTo("27 characters");
        assertThat(changes.get(2).newValue()).isEqualTo("42 characters").doesNotContain("PTSD");
        assertThat(workflow.fieldChangesNewestFirst(lead.key(), PageRequest.of(0, 1)).getContent())
                .extracting(FieldChange::field).containsExactly("message");
    }

    @Test
    void aSaveThatChangesNothingAndARefusedSaveRecordNothing() {
        LeadDetails lead = newLead("Abernathy");

        LeadDetails same = leads.update(lead.key(), lead.form(), lead.version());
        assertThat(changes(lead.key())).isEmpty();

        LeadForm bad = withPhoneEmailAndMessage(lead.form(), "12", "not-an-email", null);
        assertThatThrownBy(() -> leads.update(lead.key(), bad, same.version()))
                .isInstanceOf(InvalidInputException.class);
        LeadForm good = withPhoneEmailAndMessage(lead.form(), "(202) 555-0177", lead.email(), lead.form().message());
        assertThatThrownBy(() -> leads.update(lead.key(), good, lead.version() - 1))
                .isInstanceOf(ConflictException.class);
        assertThat(changes(lead.key())).isEmpty();
    }

    @Test
    void aConsentWithdrawnShowsWhenItHadBeenGiven() {
        LeadDetails lead = newLead("Okafor");
        LeadForm f = lead.form();
        LeadForm withdrawn = new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(),
                f.altPhone(), f.email(), f.preferredContact(), f.preferredContactTime(), f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                f.payer(), f.selfPay(), null, f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(),
                f.priority(), f.coordinator(), f.clinician(), f.message());

        leads.update(lead.key(), withdrawn, lead.version());

        assertThat(changes(lead.key())).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phoneConsent");
            assertThat(c.oldValue()).isEqualTo("given 2026-01-05T10:00:00Z (phone call)");
            assertThat(c.newValue()).isNull();
        });
    }

    @Test
    void aScreeningIsRecordedWithoutItsOutcome() {
        LeadDetails lead = newLead("Marchetti");
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held", "Start screening")) {
            workflow.transition(lead.key(), TransitionRequest.of(t));
        }
        SignedIn.as("clinician", "CLINICIAN");
        Instant consent = Instant.parse("2026-02-01T15:00:00Z");

        ScreeningSteps.screen(screenings, lead.key(), "contraindicated", consent);

        assertThat(changes(lead.key())).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("screeningOutcome", null, "recorded"),
                        org.assertj.core.groups.Tuple.tuple("treatmentConsentAt", null, "2026-02-01T15:00:00Z"));
        assertThat(changes(lead.key())).allSatisfy(c -> assertThat(c.actor()).isEqualTo("clinician"));
    }

    @Test
    void onlyThoseWhoMayReadTheLeadReadItsFieldChangesAndTheReadIsAudited() {
        LeadDetails lead = newLead("Vasquez");
        leads.update(lead.key(), withPhoneEmailAndMessage(lead.form(), "(202) 555-0188", lead.email(),
                lead.form().message()), lead.version());
        long audited = jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED' and "
                + "entity_id = ? and details like '%changelog%'", Long.class, lead.key());

        SignedIn.as("manager", "MANAGER");
        assertThat(changes(lead.key())).extracting(FieldChange::field).containsExactly("phone");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED' and "
                + "entity_id = ? and details like '%changelog%'", Long.class, lead.key())).isEqualTo(audited + 1);

        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> changes(lead.key())).as("a clinician outside clinical stages")
                .isInstanceOf(NotFoundException.class).hasMessage("There is no item " + lead.key() + ".");
        SignedIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> changes(lead.key())).as("administrators do not read health data")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theItemApiChangelogShowsLeadEditsOnlyToRolesThatMayReadTheLead() throws Exception {
        LeadDetails lead = newLead("Nakamura");
        leads.update(lead.key(), withPhoneEmailAndMessage(lead.form(), lead.phone(), "rowan.n@example.org",
                lead.form().message()), lead.version());

        mvc.perform(get("/api/v1/items/{key}/changelog", lead.key())
                        .with(httpBasic("intake", "pwt_demo_intake_000000000000000003")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields.items[0].field").value("email"))
                .andExpect(jsonPath("$.fields.items[0].oldValue").value("nakamura@example.org"))
                .andExpect(jsonPath("$.fields.items[0].newValue").value("rowan.n@example.org"));
        // Neither the field changes nor the status history (with its comments): the lead does not exist for them.
        mvc.perform(get("/api/v1/items/{key}/changelog", lead.key())
                        .with(httpBasic("clinician", "pwt_demo_clinician_000000000000004")))
                .andExpect(status().isNotFound());
    }

    @Autowired
    LeadTimeline timeline;

    @Test
    void theTimelineIsOnlyForThoseWhoMaySeeTheLead() {
        LeadDetails lead = newLead("Ferreira");
        assertThat(timeline.newest(lead.key(), 5).entries()).extracting(TimelineEntry::title)
                .containsExactly("Created in New inquiry");

        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> timeline.newest(lead.key(), 5)).isInstanceOf(NotFoundException.class);
        SignedIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> timeline.newest(lead.key(), 5)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThatThrownBy(() -> timeline.newest(lead.key(), 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pluginsCannotWriteTheEnginesOwnFields() {
        LeadDetails lead = newLead("Osei");

        assertThatThrownBy(() -> workflow.recordFieldChanges(lead.key(), List.of(new FieldEdit("assignee", null, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(changes(lead.key())).isEmpty();
    }
}
