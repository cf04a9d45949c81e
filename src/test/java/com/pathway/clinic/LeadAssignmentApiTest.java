package com.pathway.clinic;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.pathway.security.Role;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** A lead's coordinator and clinician over the API: problem+json for every refusal. */
@IntegrationTest
class LeadAssignmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    LeadService leads;

    private final String tag = TestAccounts.uniqueName("api").replace("-", "");
    private String coordinator;
    private String clinician;
    private String manager;
    private RequestPostProcessor asCoordinator;
    private RequestPostProcessor asClinician;
    private RequestPostProcessor asManager;

    @BeforeEach
    void people() {
        coordinator = "coord." + tag;
        clinician = "dana." + tag;
        manager = "boss." + tag;
        asCoordinator = httpBasic(coordinator, accounts.token(accounts.create(coordinator, Role.INTAKE_COORDINATOR)));
        asClinician = httpBasic(clinician, accounts.token(accounts.create(clinician, Role.CLINICIAN)));
        asManager = httpBasic(manager, accounts.token(accounts.create(manager, Role.MANAGER)));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String newLead() {
        accounts.signIn(coordinator);
        try {
            return leads.create(Leads.form("Ira", "Lindqvist", "(202) 555-" + (1000 + (int) (Math.random() * 8999)),
                    null)).key();
        } finally {
            accounts.signOut();
        }
    }

    private static String body(String username) {
        return username == null ? "{\"username\": null}" : "{\"username\": \"" + username + "\"}";
    }

    @Test
    void assignsAClinicianAndAnswersWhoHoldsEachFieldWithTheLeadsNewVersion() throws Exception {
        String key = newLead();

        mvc.perform(put("/api/v1/leads/{key}/assignees/clinician", key).with(asCoordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(clinician)).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.clinician.username").value(clinician))
                .andExpect(jsonPath("$.clinician.displayName").value("Test " + clinician))
                .andExpect(jsonPath("$.clinician.active").value(true))
                .andExpect(jsonPath("$.coordinator").isEmpty());
        mvc.perform(get("/api/v1/leads/{key}/assignees", key).with(asClinician))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clinician.username").value(clinician));
    }

    @Test
    void assignToMeTakesTheFieldTheCallersRoleFits() throws Exception {
        String key = newLead();

        mvc.perform(post("/api/v1/leads/{key}/assignees/coordinator/me", key).with(asCoordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coordinator.username").value(coordinator));
        mvc.perform(post("/api/v1/leads/{key}/assignees/clinician/me", key).with(asManager))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("field"))
                .andExpect(jsonPath("$.errors[0].message").value("Only a clinician can be a lead's clinician."));
    }

    @Test
    void refusalsAnswerProblemJson() throws Exception {
        String key = newLead();

        mvc.perform(put("/api/v1/leads/{key}/assignees/clinician", key).with(asCoordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Test " + coordinator + " is not a clinician, so cannot be a lead's clinician."));
        mvc.perform(put("/api/v1/leads/{key}/assignees/nurse", key).with(asCoordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(clinician)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("field"));
        mvc.perform(put("/api/v1/leads/{key}/assignees/clinician", key).with(asCoordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(clinician)).header("If-Match", "\"7\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/leads/{key}/assignees/clinician", key).with(asClinician)
                        .contentType(MediaType.APPLICATION_JSON).content(body(clinician)))
                .andExpect(status().isForbidden());
        // a lead outside the clinical stages is unknown to a clinician not assigned to it
        mvc.perform(post("/api/v1/leads/{key}/assignees/clinician/me", key).with(asClinician))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/leads/{key}/assignees", key).with(asCoordinator))
                .andExpect(jsonPath("$.clinician").isEmpty());
    }

    @Test
    void thePickersCandidatesAreActivePeopleWithAFittingRole() throws Exception {
        mvc.perform(get("/api/v1/leads/assignments/candidates").param("field", "clinician").param("q", tag)
                        .with(asCoordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].username").value(clinician))
                .andExpect(jsonPath("$[0].displayName").value("Test " + clinician));
        mvc.perform(get("/api/v1/leads/assignments/candidates").param("field", "coordinator").param("q", tag)
                        .with(asManager))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void aManagerPreviewsThenReassignsManyLeadsAndReadsWhatWasRefused() throws Exception {
        String a = newLead();
        String b = newLead();
        String request = """
                {"keys": ["%s", "%s", "PW-99999999"], "field": "clinician", "username": "%s"}"""
                .formatted(a, b, clinician);

        mvc.perform(post("/api/v1/leads/assignments/preview").with(asManager)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.to.username").value(clinician))
                .andExpect(jsonPath("$.lines[0].outcome").value("CHANGED"))
                .andExpect(jsonPath("$.lines[2].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.lines[2].reason").value("There is no item PW-99999999."));
        mvc.perform(post("/api/v1/leads/assignments").with(asCoordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/leads/assignments").with(asManager)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.lines[0].outcome").value("CHANGED"))
                .andExpect(jsonPath("$.lines[1].outcome").value("CHANGED"));
        mvc.perform(get("/api/v1/leads/{key}/assignees", b).with(asClinician))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clinician.username").value(clinician));
        mvc.perform(post("/api/v1/leads/assignments").with(asManager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"keys\": [], \"field\": \"clinician\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("keys"));
    }
}
