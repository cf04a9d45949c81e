package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.pathway.security.Role;
import com.pathway.clinic.screening.ScreeningDraft;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.notes.NewNote;
import com.pathway.notes.NoteService;
import com.pathway.notes.NoteVisibility;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * Emergency access: a clinician opens a lead outside their scope with a reason; within the window it reads
 * on every path (service, history, API) and each read is audited with the reason; after expiry it is a 404
 * again; the reason is required; intake coordinators and administrators cannot use it.
 */
@WorkflowTest
class EmergencyAccessTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor CLINICIAN = httpBasic("clinician", "pwt_demo_clinician_000000000000004");
    static final String REASON = "Covering the on-call clinician: the patient called in distress";

    @Autowired
    MockMvc mvc;
    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    LeadService leads;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeadAssignmentService assignments;
    @Autowired
    NoteService notes;
    @Autowired
    TaskService tasks;
    @Autowired
    ScreeningService screenings;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void withinTheWindowTheLeadReadsOnEveryPathAndEachReadIsAuditedWithTheReason() throws Exception {
        String key = newLeadOutsideTheClinicianScope();
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isNotFound());
        SignedIn.as("clinician", Role.Names.CLINICIAN);
        assertThatThrownBy(() -> leads.get(key)).isInstanceOf(NotFoundException.class);

        EmergencyGrant grant = emergency.open(key, REASON);

        assertThat(grant.expiresAt()).isEqualTo(grant.grantedAt().plusSeconds(3600));
        assertThat(leads.get(key).key()).isEqualTo(key);
        assertThat(workflow.history(key, org.springframework.data.domain.Pageable.ofSize(10))).isNotEmpty();
        assertThat(emergency.active(key)).map(EmergencyGrant::reason).contains(REASON);
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'EMERGENCY_ACCESS_GRANTED'"
                + " and entity_id = ? and actor = 'clinician'", String.class, key))
                .singleElement().asString().contains(REASON);
        List<String> reads = jdbc.queryForList("select details from audit_entry where action = 'LEAD_VIEWED'"
                + " and outcome = 'SUCCESS' and entity_id = ? and actor = 'clinician'", String.class, key);
        assertThat(reads).hasSizeGreaterThanOrEqualTo(3).allSatisfy(d -> assertThat(d).contains(REASON));
    }

    @Test
    void emergencyAccessReadsTheLeadButChangesNothing() throws Exception {
        String key = newLeadOutsideTheClinicianScope();
        SignedIn.as("clinician", Role.Names.CLINICIAN);
        emergency.open(key, REASON);
        long version = leads.get(key).version();
        int historyBefore = rows("select count(*) from wf_history h join wf_item i on i.id = h.item_id where i.item_key = ?", key);

        assertThat(leads.mayChange(key)).isFalse();
        assertThat(workflow.availableTransitions(key)).isEmpty();
        assertThatThrownBy(() -> workflow.transition(key,
                new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Emergency access lets you read " + key + ", not change it: ask its clinician or a manager"
                        + " to make the change.");
        assertThatThrownBy(() -> screenings.saveDraft(key, new ScreeningDraft(List.of(), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.assignToMe(key, AssignmentField.CLINICIAN, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notes.write(key, new NewNote("Called back, will try again", NoteVisibility.CLINICAL)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tasks.create(key, new NewTask("Call back", TaskType.CALL, null, null)))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(CLINICIAN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"Close\",\"fields\":{\"resolution\":\"Declined\"}}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not change it")));
        mvc.perform(post("/api/v1/leads/{key}/notes", key).with(CLINICIAN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Patient asked for a call\",\"visibility\":\"CLINICAL\"}"))
                .andExpect(status().isForbidden());

        // Nothing was changed, and the lead still reads (the API calls above ended the test's sign-in).
        SignedIn.as("clinician", Role.Names.CLINICIAN);
        assertThat(leads.get(key).version()).isEqualTo(version);
        assertThat(leads.get(key).status()).isEqualTo("New inquiry");
        assertThat(rows("select count(*) from wf_history h join wf_item i on i.id = h.item_id where i.item_key = ?", key))
                .isEqualTo(historyBefore);
        assertThat(rows("select count(*) from note where item_key = ?", key)).isZero();
        assertThat(rows("select count(*) from task where item_key = ?", key)).isZero();
    }

    @Test
    void aLeadWithinTheUsualRuleStaysChangeableUnderAnEmergencyGrant() {
        String key = newLeadOutsideTheClinicianScope();
        SignedIn.as("clinician", Role.Names.CLINICIAN);
        emergency.open(key, REASON);
        SignedIn.as("intake", Role.Names.INTAKE_COORDINATOR);
        assignments.assign(key, AssignmentField.CLINICIAN, "clinician", null);

        SignedIn.as("clinician", Role.Names.CLINICIAN);
        assertThat(leads.mayChange(key)).isTrue();
        assertThat(workflow.availableTransitions(key)).isNotEmpty();
    }

    private int rows(String sql, String key) {
        return jdbc.queryForObject(sql, Integer.class, key);
    }

    @Test
    void afterTheWindowTheLeadIsHiddenAgain() {
        String key = newLeadOutsideTheClinicianScope();
        SignedIn.as("clinician", Role.Names.CLINICIAN);
        emergency.open(key, REASON);
        assertThat(leads.get(key).key()).isEqualTo(key);

        // The hour has passed (the window's arithmetic with a fixed clock: EmergencyGrantsTest).
        jdbc.update("update emergency_access set granted_at = ?, expires_at = ? where item_key = ?",
                Timestamp.from(Instant.now().minusSeconds(7200)), Timestamp.from(Instant.now().minusSeconds(3600)), key);

        assertThatThrownBy(() -> leads.get(key)).isInstanceOf(NotFoundException.class);
        assertThat(emergency.active(key)).isEmpty();
    }

    @Test
    void aReasonIsRequired() {
        String key = newLeadOutsideTheClinicianScope();
        SignedIn.as("clinician", Role.Names.CLINICIAN);

        assertThatThrownBy(() -> emergency.open(key, "  urgent "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("reason")).startsWith("Say why you must open this lead now"));
        assertThat(jdbc.queryForObject("select count(*) from emergency_access where item_key = ?", Integer.class, key))
                .isZero();
        assertThatThrownBy(() -> leads.get(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void intakeCoordinatorsAndAdministratorsCannotUseIt() {
        String key = newLeadOutsideTheClinicianScope();
        SignedIn.as("admin", Role.Names.ADMIN);
        assertThatThrownBy(() -> emergency.open(key, REASON)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("intake", Role.Names.INTAKE_COORDINATOR);
        assertThatThrownBy(() -> emergency.open(key, REASON)).isInstanceOf(AccessDeniedException.class);
    }

    /** A lead in the first (non-clinical) status with no clinician: outside the demo clinician's scope. */
    private String newLeadOutsideTheClinicianScope() {
        try {
            String created = mvc.perform(post("/api/v1/leads").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"firstName":"Avery","lastName":"Stone","phone":"202 555 0199","source":"PHONE"}
                                    """))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return JsonPath.read(created, "$.key");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
