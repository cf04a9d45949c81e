package com.pathway.workflow;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** Workflow definitions over the API: administrators only, YAML in and out, publishing. */
@WorkflowTest
class WorkflowApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "pwt_demo_admin_0000000000000000001");
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    static final String DEFINITION = """
            # an API test workflow
            name: api-flow
            initial: Todo
            statuses:
              - {name: Todo, category: TODO}
              - {name: Done, category: DONE}
            transitions:
              - {name: Finish, from: Todo, to: Done}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void onlyAdministratorsMayUseIt() throws Exception {
        mvc.perform(get("/api/v1/workflows").with(ItemApiTest.MANAGER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/workflows").with(ItemApiTest.INTAKE).contentType(YAML).content(DEFINITION))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workflows")).andExpect(status().isUnauthorized());
    }

    @Test
    void importsExportsAndPublishes() throws Exception {
        mvc.perform(post("/api/v1/workflows").with(ADMIN).contentType(YAML).content(DEFINITION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/workflows/api-flow/versions/1"))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.createdBy").value("admin"));

        mvc.perform(get("/api/v1/workflows/api-flow/versions/1").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(YAML))
                .andExpect(content().string(DEFINITION));

        mvc.perform(post("/api/v1/workflows/api-flow/versions/1/publish").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));
        mvc.perform(post("/api/v1/workflows/api-flow/versions/1/publish").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mapping\":{}}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/workflows").with(ADMIN))
                .andExpect(jsonPath("$[*].name", hasItem("api-flow")))
                .andExpect(jsonPath("$[*].name", hasItem("sample")));
    }

    @Test
    void answers422WithEveryProblemOfAnUnsoundDefinition() throws Exception {
        mvc.perform(post("/api/v1/workflows").with(ADMIN).contentType(YAML).content("""
                        name: unsound
                        initial: Nowhere
                        statuses:
                          - {name: Todo, category: TODO}
                          - {name: Todo, category: DONE}
                        transitions:
                          - {name: Go, from: any, to: Lost, postFunctions: [{id: beam-up}]}
                        """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "statuses[Todo]", "initial", "transitions[Go].to", "transitions[Go].postFunctions[beam-up]")));
        mvc.perform(post("/api/v1/workflows").with(ADMIN).contentType(YAML).content("name: [broken"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("yaml"));
    }

    @Test
    void answers404ForAnUnknownVersionAnd415ForAnotherContentType() throws Exception {
        mvc.perform(get("/api/v1/workflows/sample/versions/99").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/workflows/nothing/versions/1/publish").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/workflows").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
