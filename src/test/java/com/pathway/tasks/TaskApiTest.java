package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import com.pathway.workflow.WorkflowTest;

/** The tasks API with the demo users' tokens: same rules as the service, problem+json for every refusal. */
@WorkflowTest
class TaskApiTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor CLINICIAN = httpBasic("clinician", "pwt_demo_clinician_000000000000004");

    @Autowired
    MockMvc mvc;

    private String lead() throws Exception {
        String created = mvc.perform(post("/api/v1/leads").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"firstName":"Sage","lastName":"Holloway","phone":"202 555 0181","source":"PHONE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.key");
    }

    private ResultActions create(String key, String json) throws Exception {
        return mvc.perform(post("/api/v1/leads/{key}/tasks", key).with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String inHours(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void createsListsAndCompletesACallWithItsNextAttempt() throws Exception {
        String key = lead();
        String body = create(key, """
                {"title":"First call","type":"CALL","dueAt":"%s","assignee":"intake"}""".formatted(inHours(2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.leadKey").value(key))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        int version = JsonPath.read(body, "$.version");

        mvc.perform(get("/api/v1/leads/{key}/tasks", key).with(INTAKE)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("First call"));
        mvc.perform(patch("/api/v1/leads/{key}/tasks/{id}", key, id).with(INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"state":"DONE","outcome":"NO_ANSWER","nextAttemptAt":"%s"}"""
                        .formatted(version, inHours(26))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.state").value("DONE"))
                .andExpect(jsonPath("$.task.outcome").value("NO_ANSWER"))
                .andExpect(jsonPath("$.nextAttempt.state").value("OPEN"));
        mvc.perform(patch("/api/v1/leads/{key}/tasks/{id}", key, id).with(INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":%d,\"state\":\"DONE\"}".formatted(version)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tasks").param("due", "upcoming").with(INTAKE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].leadKey", Matchers.hasItem(key)));
    }

    @Test
    void badInputIsAProblemWithEachFieldNamed() throws Exception {
        String key = lead();
        create(key, """
                {"title":"","type":"CALL","dueAt":"2020-01-01T00:00:00Z","assignee":"nobody-here"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("title", "dueAt", "assignee")));
        create(key, "{\"title\":\"x\",\"type\":\"TELEPATHY\",\"dueAt\":\"%s\"}".formatted(inHours(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/tasks").param("due", "soonish").with(INTAKE))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aLeadTheUserMayNotReadIsNotFoundAndOthersTasksAreForManagers() throws Exception {
        String key = lead(); // New inquiry: not clinical, not the clinician's
        String body = create(key, "{\"title\":\"Call\",\"type\":\"CALL\",\"dueAt\":\"%s\"}".formatted(inHours(3)))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/leads/{key}/tasks", key).with(CLINICIAN)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(patch("/api/v1/leads/{key}/tasks/{id}", key, id).with(CLINICIAN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"state\":\"CANCELLED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("assignee", "intake").with(CLINICIAN)).andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/leads/{key}/tasks/{id}", "PW-999999", id).with(INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isNotFound());
        assertThat(id).isPositive();
    }
}
