package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/**
 * A search text never travels in an address: the API's lists refuse {@code q} in the query string by name, pointing
 * to their {@code POST …/search} twin, and the twins (the lead list's export, the board) take it in the body.
 */
@WorkflowTest
class SearchTextInAddressTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LeadService leads;

    private String last;
    private String key;

    @BeforeEach
    void aLeadWithAUniqueName() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        last = "Addr" + UUID.randomUUID().toString().substring(0, 8);
        key = leads.create(Leads.form("Nora", last, null, last.toLowerCase() + "@example.org")).key();
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aSearchTextInTheAddressIsRefusedByNameWithTheOperationThatTakesIt() throws Exception {
        List<List<String>> refused = List.of(
                List.of("/api/v1/leads", "POST /api/v1/leads/search."),
                List.of("/api/v1/leads/count", "POST /api/v1/leads/search/count."),
                List.of("/api/v1/leads/export", "POST /api/v1/leads/search/export."),
                List.of("/api/v1/boards/PW", "POST /api/v1/boards/PW/search."));
        for (List<String> operation : refused) {
            mvc.perform(get(operation.get(0)).param("q", last).with(LeadApiTest.MANAGER))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors.length()").value(1))
                    .andExpect(jsonPath("$.errors[0].field").value("q"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("not taken in the address")))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString(operation.get(1))));
        }
        // A blank text says nothing, and the other filters still work in the address.
        mvc.perform(get("/api/v1/leads").param("q", " ").param("size", "1").with(LeadApiTest.INTAKE))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/boards/PW").param("q", "").param("limit", "1").with(LeadApiTest.INTAKE))
                .andExpect(status().isOk());
    }

    @Test
    void theBoardsSearchFindsTheCardByNameUnderTheOtherFilters() throws Exception {
        assertThat(boardKeys("{\"q\": \"" + last + "\", \"limit\": 5}")).containsExactly(key);
        assertThat(boardKeys("{\"q\": \"" + last + "\", \"fields\": {\"condition\": \"depression\"}}"))
                .containsExactly(key);
        assertThat(boardKeys("{\"q\": \"" + last + "\", \"fields\": {\"condition\": \"PTSD\", \"source\": null}}"))
                .isEmpty();
        assertThat(boardKeys("{\"q\": \"" + last + "\", \"unassigned\": true, \"overdue\": true}")).isEmpty();
        // An empty body is the whole board.
        mvc.perform(post("/api/v1/boards/PW/search").with(LeadApiTest.INTAKE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.project").value("PW"));
        mvc.perform(post("/api/v1/boards/PW/search").with(LeadApiTest.INTAKE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"limit\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(post("/api/v1/boards/PW/search").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theExportsTwinWritesTheMatchesOfTheBodyForManagersOnly() throws Exception {
        String csv = mvc.perform(post("/api/v1/leads/search/export").with(LeadApiTest.MANAGER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"q\": \"" + last + "\"}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(key).contains(",Nora," + last + ",");

        mvc.perform(post("/api/v1/leads/search/export").with(LeadApiTest.INTAKE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"q\": \"" + last + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/leads/search/export").with(LeadApiTest.MANAGER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"q\": \"" + last + "\", \"source\": \"PIGEON\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    private List<String> boardKeys(String body) throws Exception {
        String json = mvc.perform(post("/api/v1/boards/PW/search").with(LeadApiTest.INTAKE)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.columns[*].cards[*].key");
    }
}
