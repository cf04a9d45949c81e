package com.pathway.notes.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.security.Role;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** The notes API: the same rules as the service, and a problem+json answer for every refusal. */
@IntegrationTest
class NoteApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor coordinator;
    RequestPostProcessor clinician;
    RequestPostProcessor otherClinician;
    RequestPostProcessor admin;
    String coordinatorName;
    String key;

    @BeforeEach
    void staffAndALead() {
        coordinatorName = TestAccounts.uniqueName("coord");
        coordinator = caller(coordinatorName, Role.INTAKE_COORDINATOR);
        String clinicianName = TestAccounts.uniqueName("clin");
        clinician = caller(clinicianName, Role.CLINICIAN);
        otherClinician = caller(TestAccounts.uniqueName("clin2"), Role.CLINICIAN);
        admin = caller(TestAccounts.uniqueName("admin"), Role.ADMIN);
        accounts.signIn(coordinatorName);
        key = leads.create(Leads.withClinician(Leads.form("Ines", "Marlow", "(202) 555-0171", null), clinicianName))
                .key();
        accounts.signOut();
    }

    private RequestPostProcessor caller(String name, Role role) {
        return httpBasic(name, accounts.token(accounts.create(name, role)));
    }

    private ResultActions write(RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/leads/{key}/notes", key).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long written(RequestPostProcessor who, String json) throws Exception {
        String body = write(who, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static void problem(ResultActions answer, int status) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void writesAndListsNotesWithTheirAddenda() throws Exception {
        long id = written(coordinator, "{\"text\":\"Called, left a voicemail.\"}");
        write(coordinator, "{\"text\":\"Second\"}").andExpect(header().string("Location",
                Matchers.startsWith("/api/v1/leads/" + key + "/notes/")));
        mvc.perform(post("/api/v1/leads/{key}/notes/{id}/addenda", key, id).with(clinician)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Called back on Tuesday.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.addendumOf").value(id));

        mvc.perform(get("/api/v1/leads/{key}/notes", key).with(clinician))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].text").value("Second"))
                .andExpect(jsonPath("$.items[1].visibility").value("GENERAL"))
                .andExpect(jsonPath("$.items[1].addenda[0].text").value("Called back on Tuesday."));
    }

    @Test
    void clinicalNotesAreNeitherListedNorCountedForACoordinatorWhoCannotWriteThem() throws Exception {
        written(clinician, "{\"text\":\"Clinical observation\",\"visibility\":\"CLINICAL\"}");
        written(coordinator, "{\"text\":\"General\"}");

        mvc.perform(get("/api/v1/leads/{key}/notes", key).with(coordinator))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].text").value("General"));
        problem(write(coordinator, "{\"text\":\"Try\",\"visibility\":\"CLINICAL\"}"), 403);
        write(coordinator, "{\"text\":\"Try\",\"visibility\":\"CLINICAL\"}")
                .andExpect(jsonPath("$.detail").value("Only clinicians write and read clinical notes."));
    }

    @Test
    void badInputIsAProblemAndNothingIsSaved() throws Exception {
        problem(write(coordinator, "{\"text\":\"  \"}"), 422);
        write(coordinator, "{}").andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Write the note's text."));
        problem(write(coordinator, "{\"text\":\"" + "x".repeat(10_001) + "\"}"), 422);
        write(coordinator, "{\"text\":\"Ask @no-such-colleague-zz\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("There is no active colleague @no-such-colleague-zz."));
        mvc.perform(get("/api/v1/leads/{key}/notes", key).with(coordinator)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anEditAfterFifteenMinutesIsAConflictAndAnAddendumIsTheWay() throws Exception {
        long id = written(coordinator, "{\"text\":\"Prefers evenings\"}");
        mvc.perform(patch("/api/v1/leads/{key}/notes/{id}", key, id).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Prefers mornings\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("Prefers mornings"));
        jdbc.update("update note set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))), id);

        problem(mvc.perform(patch("/api/v1/leads/{key}/notes/{id}", key, id).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Evenings\"}")), 409);
        mvc.perform(patch("/api/v1/leads/{key}/notes/{id}", key, id).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"pinned\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pinned").value(true))
                .andExpect(jsonPath("$.text").value("Prefers mornings"));
    }

    @Test
    void aLeadTheCallerMayNotReadIsNotFoundAndAdministratorsAreRefused() throws Exception {
        problem(mvc.perform(get("/api/v1/leads/{key}/notes", key).with(otherClinician)), 404);
        problem(write(otherClinician, "{\"text\":\"Hello\"}"), 404);
        problem(mvc.perform(get("/api/v1/leads/{key}/notes", key).with(admin)), 403);
        problem(mvc.perform(get("/api/v1/leads/{key}/notes", key)), 401);
    }

    @Test
    void aClinicalNoteIdAskedForByACoordinatorIsNotFound() throws Exception {
        long id = written(clinician, "{\"text\":\"Clinical\",\"visibility\":\"CLINICAL\"}");

        problem(mvc.perform(post("/api/v1/leads/{key}/notes/{id}/addenda", key, id).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"More\"}")), 404);
        problem(mvc.perform(patch("/api/v1/leads/{key}/notes/{id}", key, id).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"pinned\":true}")), 404);
    }
}
