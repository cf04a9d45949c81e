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
    RequestPostProcessor coordinator;
    String key;

    @BeforeEach
    void staffAndALead() {
        String coordinatorName = TestAccounts.uniqueName("coord");
        coordinator = caller(coordinatorName, Role.INTAKE_COORDINATOR);
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

    @Test
    void aCoordinatorBooksAndMovesSessionsAndEachBadTimeOrStateIsNamed() throws Exception {
        long template = jdbc.queryForObject("select id from course_template where name = 'Induction then maintenance'",
                Long.class);
        Instant first = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        postJson(clinician, "/course/from-template", "{\"indication\":\"PTSD\",\"templateId\":" + template
                + ",\"firstSessionAt\":\"" + first + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedSessions").value(9));
        String schedule = mvc.perform(get("/api/v1/leads/{key}/course/schedule", key).with(coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(9))
                .andExpect(jsonPath("$[6].phase").value("Maintenance")).andReturn().getResponse().getContentAsString();
        long second = ((Number) JsonPath.read(schedule, "$[1].id")).longValue();
        int version = JsonPath.read(schedule, "$[1].version");
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        ResultActions past = mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/reschedule", key, second)
                .with(coordinator).header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"at\":\"" + first + "\"}"));
        problem(past, 422);
        past.andExpect(jsonPath("$.errors[0].field").value("at"));
        problem(mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/reschedule", key, second).with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"" + later + "\"}")), 428);
        mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/reschedule", key, second).with(coordinator)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"at\":\"" + later + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.scheduledAt").value(later.toString()))
                .andExpect(jsonPath("$.movedFrom").isNotEmpty()).andExpect(jsonPath("$.movedBy").isNotEmpty());

        long firstId = ((Number) JsonPath.read(schedule, "$[0].id")).longValue();
        int firstVersion = JsonPath.read(schedule, "$[0].version");
        mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/state", key, firstId).with(coordinator)
                .header("If-Match", "\"" + firstVersion + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\":\"CANCELLED\"}")).andExpect(status().isOk());
        ResultActions cancelled = mvc.perform(post("/api/v1/leads/{key}/course/schedule/{id}/reschedule", key, firstId)
                .with(coordinator).header("If-Match", "\"" + (firstVersion + 1) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"" + later + "\"}"));
        problem(cancelled, 422);
        cancelled.andExpect(jsonPath("$.errors[0].field").value("state"));

        ResultActions gone = postJson(coordinator, "/course/schedule", "{\"at\":\"" + first + "\"}");
        problem(gone, 422);
        gone.andExpect(jsonPath("$.errors[0].field").value("at"));
        problem(postJson(coordinator, "/course/schedule", "{}"), 422);
        postJson(coordinator, "/course/schedule", "{\"at\":\"" + later.plus(1, ChronoUnit.HOURS) + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SCHEDULED"))
                .andExpect(jsonPath("$.phase").doesNotExist());
        mvc.perform(get("/api/v1/leads/{key}/course/schedule", key).with(clinician))
                .andExpect(jsonPath("$.length()").value(10));
        problem(postJson(manager, "/course/schedule", "{\"at\":\"" + later + "\"}"), 403);
        mvc.perform(get("/api/v1/leads/{key}/course/progress", key).with(manager)).andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedSessions").value(9));
    }
}
