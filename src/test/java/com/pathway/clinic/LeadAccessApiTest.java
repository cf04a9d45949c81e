package com.pathway.clinic;

import static com.pathway.support.SearchInBody.searchInBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.pathway.audit.AuditEntryView;
import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditService;
import com.pathway.support.TestAccounts;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/**
 * The lead read rule on every path of the items API and the leads API: what a user may not read is
 * answered as an unknown key, listed and counted nowhere, cannot be transitioned, and each refusal
 * is in the audit trail.
 */
@WorkflowTest
class LeadAccessApiTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor CLINICIAN = httpBasic("clinician", "pwt_demo_clinician_000000000000004");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "pwt_demo_admin_0000000000000000001");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /** A new lead in "New inquiry" whose coordinator (and engine assignee) is a name no other test uses. */
    private String lead(String coordinator, String clinician) throws Exception {
        String body = """
                {"firstName":"Robin","lastName":"Quill","phone":"202 555 0147","source":"PHONE",
                 "coordinator":"%s"%s}
                """.formatted(coordinator, clinician == null ? "" : ",\"clinician\":\"" + clinician + "\"");
        String created = mvc.perform(post("/api/v1/leads").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.key");
    }

    private ResultActions transition(String key, RequestPostProcessor user, String json) throws Exception {
        return mvc.perform(post("/api/v1/items/{key}/transitions", key).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void notFound(ResultActions answer, String key) throws Exception {
        answer.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no item " + key + "."));
    }

    private ResultActions itemsOf(String coordinator, RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/api/v1/items").param("project", "PW").param("assignee", coordinator).with(user))
                .andExpect(status().isOk());
    }

    @Test
    void aClinicianGets404OnEveryItemPathOfALeadOutsideTheirScope() throws Exception {
        String coordinator = TestAccounts.uniqueName("coord");
        String key = lead(coordinator, null);

        notFound(mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/history", key).with(CLINICIAN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/changelog", key).with(CLINICIAN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/transitions", key).with(CLINICIAN)), key);
        notFound(transition(key, CLINICIAN, "{\"transition\":\"Contact\"}"), key);
        // The same answer as a key that does not exist at all.
        notFound(mvc.perform(get("/api/v1/items/{key}", "PW-987654321").with(CLINICIAN)), "PW-987654321");

        itemsOf(coordinator, CLINICIAN).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        itemsOf(coordinator, INTAKE).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].key").value(key));
    }

    @Test
    void aClinicianNeitherGetsNorFindsALeadOutsideTheirScopeThroughTheLeadsApi() throws Exception {
        String key = lead(TestAccounts.uniqueName("coord"), null);

        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads").param("q", key).with(CLINICIAN).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/leads").param("q", key).with(INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(1));
        // The separate count keeps to the same scope.
        mvc.perform(get("/api/v1/leads/count").param("q", key).with(CLINICIAN)
                        .with(searchInBody())).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/leads/count").param("q", key).with(INTAKE)
                        .with(searchInBody())).andExpect(jsonPath("$.count").value(1));
    }

    @Test
    void aClinicianCannotCloseALeadOutsideTheirScope() throws Exception {
        String key = lead(TestAccounts.uniqueName("coord"), null);

        notFound(transition(key, CLINICIAN, "{\"transition\":\"Close\",\"fields\":{\"resolution\":\"Declined\"}}"), key);

        mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE))
                .andExpect(jsonPath("$.status").value("New inquiry"))
                .andExpect(jsonPath("$.resolution").doesNotExist());
        mvc.perform(get("/api/v1/items/{key}/history", key).with(INTAKE))
                .andExpect(jsonPath("$.items", Matchers.hasSize(1)));
    }

    @Test
    void anAdministratorReadsNoLead() throws Exception {
        String coordinator = TestAccounts.uniqueName("coord");
        String key = lead(coordinator, null);

        notFound(mvc.perform(get("/api/v1/items/{key}", key).with(ADMIN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/history", key).with(ADMIN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/changelog", key).with(ADMIN)), key);
        notFound(mvc.perform(get("/api/v1/items/{key}/transitions", key).with(ADMIN)), key);
        notFound(transition(key, ADMIN, "{\"transition\":\"Close\",\"fields\":{\"resolution\":\"Declined\"}}"), key);
        itemsOf(coordinator, ADMIN).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void everyRefusedReadIsAuditedAsADeniedReadOfTheLead() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String key = lead(TestAccounts.uniqueName("coord"), null);

        mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/{key}/history", key).with(CLINICIAN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/{key}/changelog", key).with(CLINICIAN)).andExpect(status().isNotFound());
        transition(key, CLINICIAN, "{\"transition\":\"Contact\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/{key}", key).with(ADMIN)).andExpect(status().isNotFound());

        SignedIn.as("auditor", "ADMIN");
        List<AuditEntryView> denied = audit.search(new AuditFilter(null, "LEAD_VIEWED", start, null,
                AuditOutcome.DENIED), PageRequest.of(0, 200)).getContent().stream()
                .filter(e -> key.equals(e.entityId())).toList();
        assertThat(denied).extracting(AuditEntryView::actor)
                .containsExactlyInAnyOrder("clinician", "clinician", "clinician", "clinician", "clinician", "admin");
        assertThat(denied).allSatisfy(e -> assertThat(e.entityType()).isEqualTo("LEAD"));
    }

    @Test
    void aLeadWhoseClinicianIsTheUserIsVisibleToThemInAnEarlyStatusUntilReassigned() throws Exception {
        String coordinator = TestAccounts.uniqueName("coord");
        String key = lead(coordinator, "clinician");

        mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("New inquiry"));
        mvc.perform(get("/api/v1/items/{key}/changelog", key).with(CLINICIAN)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/leads/{key}", key).with(CLINICIAN)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/leads").param("q", key).with(CLINICIAN)
                        .with(searchInBody())).andExpect(jsonPath("$.items.length()").value(1));
        itemsOf(coordinator, CLINICIAN).andExpect(jsonPath("$.total").value(1));

        mvc.perform(patch("/api/v1/leads/{key}", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clinician\":\"someone-else\"}"))
                .andExpect(status().isOk());

        notFound(mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN)), key);
        mvc.perform(get("/api/v1/leads").param("q", key).with(CLINICIAN)
                        .with(searchInBody())).andExpect(jsonPath("$.items.length()").value(0));
        itemsOf(coordinator, CLINICIAN).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/items/{key}/changelog", key).with(INTAKE))
                .andExpect(jsonPath("$.fields.items[?(@.field == 'clinician')].newValue").value("someone-else"));
    }

    @Test
    void aClinicianSeesALeadOnceItReachesAClinicalStatus() throws Exception {
        String coordinator = TestAccounts.uniqueName("coord");
        String key = lead(coordinator, null);
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held")) {
            transition(key, INTAKE, "{\"transition\":\"" + t + "\"}").andExpect(status().isNoContent());
        }

        mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("Consultation done"));
        mvc.perform(get("/api/v1/leads").param("q", key).with(CLINICIAN).with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("Consultation done"));
        itemsOf(coordinator, CLINICIAN).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aLeadCannotBeCreatedAsAPlainWorkItem() throws Exception {
        String coordinator = TestAccounts.uniqueName("coord");
        for (RequestPostProcessor user : List.of(INTAKE, ADMIN, CLINICIAN)) {
            mvc.perform(post("/api/v1/items").with(user).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"project\":\"PW\",\"type\":\"LEAD\",\"summary\":\"Not a lead\",\"assignee\":\""
                                    + coordinator + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("type"))
                    .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("leads API")));
        }
        itemsOf(coordinator, INTAKE).andExpect(jsonPath("$.total").value(0));
    }
}
