package com.pathway.workflow;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The items API with real API tokens (the demo users'), good cases and every error answer. */
@WorkflowTest
class ItemApiTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor CLINICIAN = httpBasic("clinician", "pwt_demo_clinician_000000000000004");
    static final RequestPostProcessor MANAGER = httpBasic("manager", "pwt_demo_manager_00000000000000002");

    @Autowired
    MockMvc mvc;

    private String createItem(String summary) throws Exception {
        String body = mvc.perform(post("/api/v1/items").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"project\":\"SMP\",\"type\":\"TASK\",\"summary\":\"" + summary + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.key");
    }

    private org.springframework.test.web.servlet.ResultActions transition(String key, RequestPostProcessor user,
            String json) throws Exception {
        return mvc.perform(post("/api/v1/items/{key}/transitions", key).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void createsAnItemAndAnswersWithItsLocationAndVersion() throws Exception {
        mvc.perform(post("/api/v1/items").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"project\":\"SMP\",\"type\":\"BUG\",\"summary\":\"Broken link\",\"assignee\":\"clinician\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/items/SMP-")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("Open"))
                .andExpect(jsonPath("$.category").value("TODO"))
                .andExpect(jsonPath("$.reporter").value("intake"))
                .andExpect(jsonPath("$.assignee").value("clinician"));
    }

    @Test
    void getsAnItemWithItsVersionAsETag() throws Exception {
        String key = createItem("Read me");

        mvc.perform(get("/api/v1/items/{key}", key).with(CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.summary").value("Read me"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.resolution").doesNotExist());
    }

    @Test
    void answers401WithoutOrWithAWrongToken() throws Exception {
        mvc.perform(get("/api/v1/items"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/items").with(httpBasic("intake", "Pathway-demo-2026")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void answers404ForAnUnknownItem() throws Exception {
        mvc.perform(get("/api/v1/items/SMP-99999").with(INTAKE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no item SMP-99999."));
        transition("SMP-99999", INTAKE, "{\"transition\":\"Start\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/SMP-99999/history").with(INTAKE)).andExpect(status().isNotFound());
    }

    @Test
    void answers422WithEveryFieldErrorForAnInvalidItem() throws Exception {
        mvc.perform(post("/api/v1/items").with(INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"project\":\"SMP\",\"type\":\"\",\"summary\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("type", "summary")));
    }

    @Test
    void answers400ForAMalformedBody() throws Exception {
        mvc.perform(post("/api/v1/items").with(INTAKE).contentType(MediaType.APPLICATION_JSON).content("{\"project\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String key = createItem("Malformed");
        transition(key, INTAKE, "{\"transition\":\"Start\",\"fields\":[1,2]}").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(INTAKE).header("If-Match", "\"abc\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"Start\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("If-Match")));
        mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE)).andExpect(jsonPath("$.status").value("Open"));
    }

    @Test
    void listsTheCallersTransitionsAndRunsOne() throws Exception {
        String key = createItem("Transitions");

        mvc.perform(get("/api/v1/items/{key}/transitions", key).with(INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transitions[*].id").value(org.hamcrest.Matchers.contains("start", "close")))
                .andExpect(jsonPath("$.transitions[1].screen[0].name").value("resolution"))
                .andExpect(jsonPath("$.transitions[1].screen[0].options", hasSize(3)));

        transition(key, INTAKE, "{\"transition\":\"start\",\"comment\":\"On it\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE))
                .andExpect(jsonPath("$.status").value("In progress"))
                .andExpect(jsonPath("$.assignee").value("intake"));
        mvc.perform(get("/api/v1/items/{key}/history", key).with(INTAKE))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].toStatus").value("Open"))
                .andExpect(jsonPath("$.items[1].transition").value("Start"))
                .andExpect(jsonPath("$.items[1].comment").value("On it"));
        mvc.perform(get("/api/v1/items/{key}/changelog", key).with(INTAKE))
                .andExpect(jsonPath("$.statuses.items", hasSize(2)))
                .andExpect(jsonPath("$.fields.items[0].field").value("assignee"))
                .andExpect(jsonPath("$.fields.items[0].newValue").value("intake"));
    }

    @Test
    void answers403WhenAConditionForbidsTheTransition() throws Exception {
        String key = createItem("Forbidden");
        transition(key, INTAKE, "{\"transition\":\"Start\"}").andExpect(status().isNoContent());

        transition(key, CLINICIAN, "{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2999-01-01\"}}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("You may not run \"Send to review\" on " + key + "."));
        mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE)).andExpect(jsonPath("$.status").value("In progress"));
    }

    @Test
    void answers422WithTheValidatorErrors() throws Exception {
        String key = createItem("Validators");
        transition(key, INTAKE, "{\"transition\":\"Start\"}").andExpect(status().isNoContent());

        transition(key, INTAKE, "{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2001-01-01\",\"priority\":\"urgent\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field == 'dueDate')].message").value("Choose a date after today."))
                .andExpect(jsonPath("$.errors[?(@.field == 'priority')].message").value("Choose low, normal or high."));
        transition(key, INTAKE, "{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\""
                + LocalDate.now().plusDays(3) + "\"}}").andExpect(status().isNoContent());
    }

    @Test
    void answers409ForAStaleVersionOrATransitionFromAnotherStatus() throws Exception {
        String key = createItem("Conflicts");

        transition(key, INTAKE, "{\"transition\":\"Approve\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"Start\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(MANAGER).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"Close\",\"fields\":{\"resolution\":\"Fixed\"}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("changed by someone else")));
        mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE)).andExpect(jsonPath("$.status").value("In progress"));
    }

    /** The item as another client sees it: its version, its status history and its field changes. */
    private String snapshot(String key) throws Exception {
        var item = mvc.perform(get("/api/v1/items/{key}", key).with(INTAKE)).andReturn().getResponse();
        String changelog = mvc.perform(get("/api/v1/items/{key}/changelog", key).with(INTAKE)).andReturn()
                .getResponse().getContentAsString();
        return item.getHeader("ETag") + " " + JsonPath.read(item.getContentAsString(), "$.status") + " " + changelog;
    }

    @Test
    void nothingChangesUnlessTheAnswerIs204() throws Exception {
        String key = createItem("Untouchable");
        transition(key, INTAKE, "{\"transition\":\"Start\"}").andExpect(status().isNoContent());
        String before = snapshot(key);

        transition(key, INTAKE, "{\"transition\":").andExpect(status().isBadRequest());
        transition(key, INTAKE, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("transition"));
        transition(key, INTAKE, "{\"transition\":\"Teleport\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("transition"));
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(INTAKE).contentType(MediaType.TEXT_PLAIN)
                .content("Send to review")).andExpect(status().isUnsupportedMediaType());
        transition(key, CLINICIAN, "{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2999-01-01\"}}")
                .andExpect(status().isForbidden());
        transition(key, INTAKE, "{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2001-01-01\"}}")
                .andExpect(status().isUnprocessableContent());
        transition(key, INTAKE, "{\"transition\":\"Approve\"}").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(INTAKE).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2999-01-01\"}}"))
                .andExpect(status().isConflict());

        org.assertj.core.api.Assertions.assertThat(snapshot(key)).isEqualTo(before);
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(INTAKE).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"Send to review\",\"fields\":{\"dueDate\":\"2999-01-01\"}}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"2\""));
        org.assertj.core.api.Assertions.assertThat(snapshot(key)).isNotEqualTo(before).contains("Review");
    }

    @Test
    void answers404ForTheTransitionsAndChangelogOfAnUnknownItem() throws Exception {
        for (String path : java.util.List.of("/api/v1/items/NOPE-1/transitions", "/api/v1/items/NOPE-1/changelog")) {
            mvc.perform(get(path).with(INTAKE))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void listsItemsPagedWithFilters() throws Exception {
        createItem("List one");
        createItem("List two");

        mvc.perform(get("/api/v1/items").param("project", "SMP").param("status", "Open").param("size", "1")
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/items").param("size", "1000").with(MANAGER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
