package com.pathway.clinic.treatment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

/** The treatment API: the rules of the services, and a problem+json answer naming each bad field. */
@IntegrationTest
class TreatmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor clinician;
    RequestPostProcessor manager;
    String key;

    @BeforeEach
    void staffAndALead() {
        String coordinatorName = TestAccounts.uniqueName("coord");
        accounts.create(coordinatorName, Role.INTAKE_COORDINATOR);
        String clinicianName = TestAccounts.uniqueName("clin");
        clinician = caller(clinicianName, Role.CLINICIAN);
        manager = caller(TestAccounts.uniqueName("manager"), Role.MANAGER);
        accounts.signIn(coordinatorName);
        key = leads.create(Leads.withClinician(Leads.form("Odile", "Brandt", "(202) 555-0163", null), clinicianName))
                .key();
        accounts.signOut();
    }

    private RequestPostProcessor caller(String name, Role role) {
        return httpBasic(name, accounts.token(accounts.create(name, role)));
    }

    private ResultActions postJson(RequestPostProcessor who, String path, String json) throws Exception {
        return mvc.perform(post("/api/v1/leads/{key}" + path, key).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static void problem(ResultActions answer, int status) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aClinicianStartsACourseAndRecordsASessionAndAManagerReadsOnlyTheProgress() throws Exception {
        postJson(clinician, "/course", "{\"indication\":\"PTSD\",\"plannedSessions\":6,\"startsOn\":\""
                + LocalDate.now() + "\"}").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"));
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String body = postJson(clinician, "/sessions", """
                {"startedAt":"%s","endedAt":"%s","doseSteps":[{"givenAt":"%s","amount":12.5,"unit":"mg"}],
                 "vitals":[{"takenAt":"%s","systolic":124,"diastolic":80,"heartRate":70,"spo2":99}],
                 "sideEffects":[{"effect":"Confusion","severity":"MILD","notedAt":"%s"}]}"""
                .formatted(start, start.plusSeconds(1800), start, start, start.plusSeconds(600)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        int version = JsonPath.read(body, "$.version");
        mvc.perform(post("/api/v1/leads/{key}/sessions/{id}/sign", key, id).with(clinician)
                .header("If-Match", "\"" + version + "\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.signedAt").isNotEmpty());

        mvc.perform(get("/api/v1/leads/{key}/course/progress", key).with(manager)).andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(1)).andExpect(jsonPath("$.plannedSessions").value(6))
                .andExpect(jsonPath("$.indication").doesNotExist());
        problem(mvc.perform(get("/api/v1/leads/{key}/sessions", key).with(manager)), 403);
        problem(mvc.perform(get("/api/v1/leads/{key}/course", key).with(manager)), 403);
    }

    @Test
    void everyBadFieldIsNamedInAProblemAndNothingIsSaved() throws Exception {
        postJson(clinician, "/course", "{\"indication\":\"Depression\",\"plannedSessions\":6,\"startsOn\":\""
                + LocalDate.now() + "\"}").andExpect(status().isCreated());
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        ResultActions refused = postJson(clinician, "/sessions", """
                {"startedAt":"%s","endedAt":"%s","doseSteps":[{"givenAt":"%s","amount":5,"unit":"mg"}],
                 "vitals":[{"takenAt":"%s","systolic":90,"diastolic":160}]}"""
                .formatted(start, start.minusSeconds(60), start.minusSeconds(300), start));
        problem(refused, 422);
        refused.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("endedAt", "doseSteps[0].givenAt",
                "vitals[0].diastolic")));
        problem(mvc.perform(post("/api/v1/leads/{key}/sessions/{id}/sign", key, 1).with(clinician)), 428);
        problem(postJson(clinician, "/course", "{\"indication\":\"Depression\",\"plannedSessions\":6}"), 422);
        problem(mvc.perform(get("/api/v1/leads/{key}/sessions", "PW-999999999").with(clinician)), 404);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from infusion_session where item_key = ?", Long.class, key)).isZero();
    }

    @Test
    void aCourseFromATemplateIsBookedAndABadRouteDischargeOrSecondMarkIsAProblem() throws Exception {
        long template = jdbc.queryForObject("select id from course_template where name = 'Induction series'", Long.class);
        Instant first = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        problem(postJson(clinician, "/course/from-template", "{\"indication\":\"PTSD\",\"templateId\":999999}"), 422);
        postJson(clinician, "/course/from-template", "{\"indication\":\"PTSD\",\"templateId\":" + template
                + ",\"firstSessionAt\":\"" + first + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.template").value("Induction series")).andExpect(jsonPath("$.plannedSessions").value(6));

        String schedule = mvc.perform(get("/api/v1/leads/{key}/course/schedule", key).with(clinician))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].state").value("SCHEDULED")).andReturn().getResponse().getContentAsString();
        long booked = ((Number) JsonPath.read(schedule, "$[0].id")).longValue();
        int version = JsonPath.read(schedule, "$[0].version");
        problem(mvc.perform(get("/api/v1/leads/{key}/course/schedule", key).with(manager)), 403);
        mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/state", key, booked).with(clinician)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\":\"DONE\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"));
        ResultActions again = mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/state", key, booked)
                .with(clinician).header("If-Match", "\"" + (version + 1) + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\":\"MISSED\"}"));
        problem(again, 422);
        again.andExpect(jsonPath("$.errors[0].field").value("state"));

        Instant start = first.plusSeconds(60);
        ResultActions refused = postJson(clinician, "/sessions", """
                {"startedAt":"%s","endedAt":"%s","doseSteps":[{"givenAt":"%s","amount":12.5,"unit":"mg","route":"Oral"}],
                 "dischargedAt":"%s"}""".formatted(start, start.plusSeconds(1800), start, start.plusSeconds(600)));
        problem(refused, 422);
        refused.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("doseSteps[0].route", "dischargedAt")));
        postJson(clinician, "/sessions", """
                {"startedAt":"%s","endedAt":"%s","doseSteps":[{"givenAt":"%s","amount":12.5,"unit":"mg","route":"IV"}],
                 "vitals":[{"takenAt":"%s","systolic":190,"diastolic":95}],
                 "recoveredAt":"%s","dischargedAt":"%s"}""".formatted(start, start.plusSeconds(1800), start, start,
                start.plusSeconds(2400), start.plusSeconds(3000)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.doseSteps[0].route").value("IV"))
                .andExpect(jsonPath("$.dischargedBy").isNotEmpty())
                .andExpect(jsonPath("$.alerts[0].field").value("systolic"));
    }
}
