package com.pathway.clinic;

import static com.pathway.support.SearchInBody.searchInBody;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.workflow.WorkflowTest;

/** The leads API with the demo users' API tokens. */
@WorkflowTest
class LeadApiTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor CLINICIAN = httpBasic("clinician", "pwt_demo_clinician_000000000000004");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "pwt_demo_admin_0000000000000000001");
    static final RequestPostProcessor MANAGER = httpBasic("manager", "pwt_demo_manager_00000000000000002");

    static final String LEAD = """
            {"firstName":"Morgan","lastName":"Sallow","phone":"202 555 0190","email":"morgan@example.org",
             "source":"PHONE","conditionOfInterest":"anxiety","tags":["callback"],"priority":"HIGH"}
            """;

    @Autowired
    ScreeningService screenings;
    @Autowired
    MockMvc mvc;

    @Autowired
    LeadService leads;

    @Autowired
    com.pathway.workflow.WorkflowService workflow;

    private String create() throws Exception {
        String body = mvc.perform(post("/api/v1/leads").with(INTAKE).contentType(MediaType.APPLICATION_JSON).content(LEAD))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/leads/PW-")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("New inquiry"))
                .andExpect(jsonPath("$.form.phone").value("+12025550190"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.key");
    }

    @Test
    void aLeadTellsSinceWhenItIsInItsStatusItsLimitAndWhetherItIsOverdue() throws Exception {
        String key = create();

        mvc.perform(get("/api/v1/leads/{key}", key).with(INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusAge.since").isString())
                .andExpect(jsonPath("$.statusAge.at").isString())
                .andExpect(jsonPath("$.statusAge.limit").value("PT24H"))
                .andExpect(jsonPath("$.statusAge.overdue").value(false));
    }

    @Test
    void createsGetsAndListsLeads() throws Exception {
        String key = create();

        mvc.perform(get("/api/v1/leads/{key}", key).with(INTAKE))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.form.lastName").value("Sallow"));
        mvc.perform(get("/api/v1/leads").param("q", key).with(INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(key));
        mvc.perform(get("/api/v1/leads").param("source", "PHONE").param("condition", "anxiety")
                        .param("sort", "lastName,asc").param("size", "5").with(INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void patchesWithIfMatchAndRefusesAStaleVersion() throws Exception {
        String key = create();

        mvc.perform(patch("/api/v1/leads/{key}", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"preferredName\":\"Mo\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.form.preferredName").value("Mo"))
                .andExpect(jsonPath("$.form.email").value("morgan@example.org"));
        mvc.perform(patch("/api/v1/leads/{key}", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"preferredName\":\"Gan\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(patch("/api/v1/leads/{key}", key).with(INTAKE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"preferredName\":\"Gan\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void answers422WithFieldErrors() throws Exception {
        String key = create();

        mvc.perform(patch("/api/v1/leads/{key}", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"nope\",\"phone\":\"1\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/v1/leads").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"A\",\"lastName\":\"B\",\"phone\":\"2025550191\",\"source\":\"CARRIER_PIGEON\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void rolesApplyAsInTheServices() throws Exception {
        String key = create();

        mvc.perform(post("/api/v1/leads").with(CLINICIAN).contentType(MediaType.APPLICATION_JSON).content(LEAD))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/leads/{key}", key).with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/{key}", key)).andExpect(status().isUnauthorized());
    }

    @Test
    void managersAndCoordinatorsGetThatTheScreeningIsCompleteNeverItsOutcome() throws Exception {
        String key = create();
        com.pathway.workflow.SignedIn.as("intake", "INTAKE_COORDINATOR");
        for (String t : java.util.List.of("Contact", "Schedule consultation", "Consultation held", "Start screening")) {
            workflow.transition(key, com.pathway.workflow.TransitionRequest.of(t));
        }
        com.pathway.workflow.SignedIn.as("clinician", "CLINICIAN");
        ScreeningSteps.screen(screenings, key, "Contraindicated", java.time.Instant.parse("2026-02-01T15:00:00Z"));
        com.pathway.workflow.SignedIn.out();

        for (RequestPostProcessor user : java.util.List.of(MANAGER, INTAKE)) {
            mvc.perform(get("/api/v1/leads/{key}", key).with(user))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.screeningComplete").value(true))
                    .andExpect(jsonPath("$.screeningRecordedAt").isNotEmpty())
                    .andExpect(jsonPath("$.treatmentConsentAt").value("2026-02-01T15:00:00Z"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("screeningOutcome"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Contraindicated"))));
            mvc.perform(get("/api/v1/leads").param("q", key).with(user).with(searchInBody()))
                    .andExpect(jsonPath("$.items[0].key").value(key))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Contraindicated"))));
        }
        mvc.perform(get("/api/v1/leads/export").param("q", key).with(MANAGER).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Contraindicated"))));
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN))
                .andExpect(jsonPath("$.screeningComplete").value(true))
                .andExpect(jsonPath("$.screeningOutcome").value("Contraindicated"));
    }
}
