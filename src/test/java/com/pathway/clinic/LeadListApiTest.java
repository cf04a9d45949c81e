package com.pathway.clinic;

import static com.pathway.support.SearchInBody.searchInBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** The list filters of {@code GET /api/v1/leads}, overdue among them, bad values, and mergedInto. */
@WorkflowTest
class LeadListApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LeadService leads;

    @Autowired
    LeadMergeService merges;

    @Autowired
    com.pathway.workflow.WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theCampaignFilterKeepsTheLeadsOfOneCampaignInTheListItsCountAndTheExport() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Cmp" + UUID.randomUUID().toString().substring(0, 8);
        String spring = "spring-" + last;
        LeadDetails ads = leads.create(Leads.withCampaign(Leads.form("Ada", last, null, "ada@example.org"), spring));
        leads.create(Leads.withCampaign(Leads.form("Bo", last, null, "bo@example.org"), "autumn-" + last));
        leads.create(Leads.form("Cy", last, null, "cy@example.org"));
        SignedIn.out();

        mvc.perform(get("/api/v1/leads").param("campaign", spring).with(LeadApiTest.INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(ads.key()));
        mvc.perform(get("/api/v1/leads/count").param("campaign", " " + spring + " ").with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(post("/api/v1/leads/search/count").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\": \"" + last + "\", \"campaign\": \"" + spring + "\"}")
                        .with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(post("/api/v1/leads/search/count").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\": \"" + last + "\"}").with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.count").value(3));
        String csv = mvc.perform(get("/api/v1/leads/export").param("campaign", spring).with(LeadApiTest.MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        mvc.perform(get("/api/v1/leads").param("campaign", "x".repeat(101)).with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("campaign"));
    }

    @Test
    void filtersOverdueLeadsAndShowsTheFlag() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Api" + UUID.randomUUID().toString().substring(0, 8);
        LeadDetails late = leads.create(Leads.form("Late", last, null, "late@example.org"));
        leads.create(Leads.form("Fresh", last, null, "fresh@example.org"));
        jdbc.update("update lead set status_changed_at = ? where item_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))), late.key());
        SignedIn.out();

        mvc.perform(get("/api/v1/leads").param("q", last).param("overdue", "true").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(late.key()))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
        mvc.perform(get("/api/v1/leads").param("q", last).param("overdue", "false").param("sort", "firstName,asc")
                        .with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].overdue").value(false));
        mvc.perform(get("/api/v1/leads").param("q", last).param("status", "New inquiry")
                        .param("createdFrom", Instant.now().minus(Duration.ofHours(1)).toString())
                        .param("category", "todo").with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/leads").param("q", last).param("stage", "intake").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/leads").param("q", last).param("stage", "treatment").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    /** The same search by POST keeps its text out of the address; the audit holds its length, never the text. */
    @Test
    void aSearchSentInTheBodyFindsWhatTheQueryFindsAndTheAuditHoldsNoText() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Body" + UUID.randomUUID().toString().substring(0, 8);
        LeadDetails one = leads.create(Leads.form("Bo", last, null, "bo@example.org"));
        leads.create(Leads.form("Di", last, null, "di@example.org"));
        SignedIn.out();
        String body = "{\"q\":\"" + last + "\",\"sort\":\"firstName,asc\",\"size\":1}";

        String first = mvc.perform(post("/api/v1/leads/search").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(LeadApiTest.INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(one.key()))
                .andExpect(jsonPath("$.isLast").value(false))
                .andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(first, "$.nextPageToken");
        mvc.perform(post("/api/v1/leads/search").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("}", ",\"nextPageToken\":\"" + token + "\"}")).with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.isLast").value(true));
        mvc.perform(post("/api/v1/leads/search/count").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\":\"" + last + "\",\"overdue\":false}").with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.count").value(2));
        mvc.perform(post("/api/v1/leads/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\":\"" + last + "\",\"source\":\"pigeon\",\"createdFrom\":\"yesterday\"}")
                        .with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'source')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'createdFrom')]").exists());

        assertThat(jdbc.queryForList("select details from audit_entry where action = 'LEADS_LISTED' and details like ?",
                String.class, "%" + one.key() + "%")).isNotEmpty()
                .allMatch(d -> d.contains("\"search\":\"text, " + last.length() + " characters\""))
                .noneMatch(d -> d.contains(last));
    }

    @Test
    void statusMayBeRepeatedAndCreatedTakesTodayOrWeek() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Api" + UUID.randomUUID().toString().substring(0, 8);
        leads.create(Leads.form("Fresh", last, null, "fresh@example.org"));
        LeadDetails called = leads.create(Leads.form("Called", last, null, "called@example.org"));
        workflow.transition(called.key(), com.pathway.workflow.TransitionRequest.of("Contact"));
        SignedIn.out();

        mvc.perform(get("/api/v1/leads").param("q", last).param("status", "New inquiry", "Contacted")
                        .param("created", "today").with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/leads").param("q", last).param("status", "Contacted").param("created", "week")
                        .with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(called.key()));
        mvc.perform(get("/api/v1/leads").param("created", "yesterday").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("created"));
    }

    @Test
    void badFilterValuesAnswer422NamingEachOne() throws Exception {
        mvc.perform(get("/api/v1/leads").param("overdue", "maybe").param("referrer", "abc")
                        .param("createdFrom", "yesterday").param("category", "SOMEDAY").param("source", "PIGEON")
                        .with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[?(@.field == 'overdue')].message").value("Use true or false."));
        mvc.perform(get("/api/v1/leads").param("createdFrom", "2026-02-01T00:00:00Z")
                        .param("createdTo", "2026-01-01T00:00:00Z").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("createdTo"));
        mvc.perform(get("/api/v1/leads").param("sort", "ssn,asc").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void reachedKeepsLeadsWhoseHistoryGotThatFarInTheListAndItsCount() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Reach" + UUID.randomUUID().toString().substring(0, 8);
        LeadDetails moved = leads.create(Leads.form("Moved", last, null, "moved@example.org"));
        leads.create(Leads.form("Waiting", last, null, "waiting@example.org"));
        long id = jdbc.queryForObject("select id from lead where item_key = ?", Long.class, moved.key());
        jdbc.update("insert into wf_history (item_id, transition, from_status, to_status, actor, occurred_at)"
                + " values (?, 'step', 'New inquiry', 'Screening', 'intake', ?)", id,
                Timestamp.from(Instant.parse("2026-02-10T12:00:00Z")));
        SignedIn.out();

        // Screening is in the assessment stage: the lead reached consultation (passed over) and assessment.
        mvc.perform(get("/api/v1/leads").param("q", last).param("reached", "Consultation").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(moved.key()));
        mvc.perform(get("/api/v1/leads/count").param("q", last).param("reached", "assessment")
                        .param("reachedFrom", "2026-02-01T00:00:00Z").param("reachedTo", "2026-03-01T00:00:00Z")
                        .with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(get("/api/v1/leads/count").param("q", last).param("reached", "assessment")
                        .param("reachedFrom", "2026-03-01T00:00:00Z").with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/leads/count").param("q", last).param("reached", "treatment").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/leads/count").param("q", last).param("reached", "intake").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(jsonPath("$.count").value(2));
    }

    @Test
    void anUnknownStageReachedOrARangeEndingBeforeItStartsAnswers422() throws Exception {
        mvc.perform(get("/api/v1/leads").param("reached", "moonbase").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reached"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("consultation")));
        mvc.perform(get("/api/v1/leads/count").param("reached", "moonbase").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reached"));
        mvc.perform(get("/api/v1/leads").param("reached", "intake").param("reachedFrom", "2026-03-01T00:00:00Z")
                        .param("reachedTo", "2026-02-01T00:00:00Z").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reachedTo"));
        mvc.perform(get("/api/v1/leads").param("reachedFrom", "2026-03-01T00:00:00Z").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reached"));
    }

    @Test
    void aMergedLeadNamesItsSurvivor() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails keep = leads.create(Leads.form("Kept", "Api", "+12025550170", null));
        LeadDetails gone = leads.create(Leads.form("Gone", "Api", "+12025550171", null));
        merges.merge(new MergeRequest(keep.key(), keep.version(), gone.key(), gone.version(), Set.of()));
        SignedIn.out();

        mvc.perform(get("/api/v1/leads/{key}", gone.key()).with(LeadApiTest.INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mergedInto").value(keep.key()))
                .andExpect(jsonPath("$.resolution").value("Duplicate"));
        mvc.perform(get("/api/v1/leads/{key}", keep.key()).with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.mergedInto").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void aPageOfTwoHundredLeadsAuditsEveryKeyShown() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Page" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 201; i++) {
            leads.create(LeadForm.of("P" + i, last, null, "p" + i + "." + last + "@example.org", LeadSource.WEB_FORM));
        }
        SignedIn.out();

        String body = mvc.perform(get("/api/v1/leads").param("q", last).param("size", "200").with(LeadApiTest.MANAGER)
                        .with(searchInBody()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        java.util.List<String> shown = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].key");
        assertThat(shown).hasSize(200);
        java.util.List<String> audited = jdbc.queryForList("select details from audit_entry where action ="
                + " 'LEADS_LISTED' and actor = 'manager' order by id desc limit 1", String.class).stream()
                .flatMap(d -> LeadServiceTest.keysIn(d).stream()).toList();
        assertThat(audited).containsExactlyElementsOf(shown);
    }

    @Test
    void theCountIsItsOwnCallWithTheSameFilters() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Cnt" + UUID.randomUUID().toString().substring(0, 8);
        leads.create(Leads.form("Fresh", last, null, "fresh@example.org"));
        LeadDetails called = leads.create(Leads.form("Called", last, null, "called@example.org"));
        workflow.transition(called.key(), com.pathway.workflow.TransitionRequest.of("Contact"));
        SignedIn.out();

        mvc.perform(get("/api/v1/leads/count").param("q", last).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.atLeast").value(false))
                .andExpect(jsonPath("$.text").value("2"));
        mvc.perform(get("/api/v1/leads/count").param("q", last).param("status", "Contacted").with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(get("/api/v1/leads/count").param("source", "PIGEON").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void pagesFollowTheirTokenAndARefusedTokenAnswers422() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String last = "Tok" + UUID.randomUUID().toString().substring(0, 8);
        for (String first : java.util.List.of("Anna", "Bea", "Cara")) {
            leads.create(Leads.form(first, last, null, first.toLowerCase() + "@example.org"));
        }
        SignedIn.out();

        String body = mvc.perform(get("/api/v1/leads").param("q", last).param("sort", "firstName,asc").param("size", "2")
                        .with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].firstName").value(org.hamcrest.Matchers.contains("Anna", "Bea")))
                .andExpect(jsonPath("$.isLast").value(false))
                .andExpect(jsonPath("$.page").value(org.hamcrest.Matchers.nullValue()))
                .andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.nextPageToken");
        mvc.perform(get("/api/v1/leads").param("q", last).param("sort", "firstName,asc").param("size", "2")
                        .param("nextPageToken", token).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].firstName").value(org.hamcrest.Matchers.contains("Cara")))
                .andExpect(jsonPath("$.isLast").value(true))
                .andExpect(jsonPath("$.nextPageToken").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/v1/leads").param("q", last).param("sort", "firstName,asc").param("page", "1")
                        .param("size", "2").with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].firstName").value(org.hamcrest.Matchers.contains("Cara")));

        // The same token with another filter, another sort, altered, or with a page number: 422 by name.
        mvc.perform(get("/api/v1/leads").param("q", last).param("status", "Contacted").param("sort", "firstName,asc")
                        .param("nextPageToken", token).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nextPageToken"));
        mvc.perform(get("/api/v1/leads").param("q", last).param("nextPageToken", token).with(LeadApiTest.INTAKE)
                        .with(searchInBody()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nextPageToken"));
        mvc.perform(get("/api/v1/leads").param("q", last).param("sort", "firstName,asc")
                        .param("nextPageToken", "x" + token).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nextPageToken"));
        mvc.perform(get("/api/v1/leads").param("q", last).param("sort", "firstName,asc").param("page", "1")
                        .param("nextPageToken", token).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/leads").param("page", "201").param("size", "50").with(LeadApiTest.INTAKE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("nextPageToken")));
    }
}
