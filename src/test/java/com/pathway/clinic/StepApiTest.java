package com.pathway.clinic;

import static com.pathway.support.SearchInBody.searchInBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.pathway.shared.ClinicProperties;
import com.pathway.workflow.WorkflowTest;

/**
 * The steps over the API: a transition's comment and screen values through the engine's transitions
 * endpoint, the appointment in the lead's JSON, and a bad appointment answered as problem+json.
 */
@WorkflowTest
class StepApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClinicProperties clinic;

    private String create() throws Exception {
        String body = mvc.perform(post("/api/v1/leads").with(LeadApiTest.INTAKE).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"firstName":"Priya","lastName":"Anand","phone":"202 555 0191","source":"PHONE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.key");
    }

    private void transition(String key, String body, int expected) throws Exception {
        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(LeadApiTest.INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected));
    }

    @Test
    void aTransitionTakesItsScreenValuesAndACommentAndTheHistoryKeepsThem() throws Exception {
        String key = create();

        transition(key, """
                {"transition":"Contact","fields":{"contactOutcome":"Reached"},"comment":"Prefers mornings"}""", 204);

        mvc.perform(get("/api/v1/items/{key}/history", key).with(LeadApiTest.INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].transition").value("Contact"))
                .andExpect(jsonPath("$.items[1].comment").value("Prefers mornings"))
                .andExpect(jsonPath("$.items[1].fields.contactOutcome").value("Reached"));
    }

    @Test
    void theLeadsJsonHasItsAppointmentInUtc() throws Exception {
        String key = create();
        transition(key, "{\"transition\":\"Contact\"}", 204);
        ZoneId zone = clinic.timeZone();
        LocalDateTime at = LocalDateTime.now(zone).plusDays(5).truncatedTo(ChronoUnit.DAYS).withHour(9).withMinute(30);

        transition(key, """
                {"transition":"Schedule consultation","fields":{"appointmentAt":"%s",
                 "appointmentClinician":"Clinician","appointmentMode":"In person"}}""".formatted(at), 204);

        mvc.perform(get("/api/v1/leads/{key}", key).with(LeadApiTest.INTAKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointment.startsAt").value(at.atZone(zone).toInstant().toString()))
                .andExpect(jsonPath("$.appointment.clinician").value("clinician"))
                .andExpect(jsonPath("$.appointment.clinicianName").value("Dr. Casey Clinician"))
                .andExpect(jsonPath("$.appointment.mode").value("In person"));
        mvc.perform(get("/api/v1/leads").param("q", key).with(LeadApiTest.INTAKE).with(searchInBody()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].nextAppointment").value(at.atZone(zone).toInstant().toString()));
    }

    @Test
    void aBadAppointmentIsAProblemNamingEachFieldAndNothingChanges() throws Exception {
        String key = create();
        transition(key, "{\"transition\":\"Contact\"}", 204);

        mvc.perform(post("/api/v1/items/{key}/transitions", key).with(LeadApiTest.INTAKE)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"transition":"Schedule consultation","fields":{"appointmentAt":"2020-01-01T10:00",
                         "appointmentClinician":"intake","appointmentMode":"By post"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'appointmentAt')].message").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("has passed"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'appointmentClinician')].message").value(
                        "There is no active clinician with the user name intake; choose one from the list."))
                .andExpect(jsonPath("$.errors[?(@.field == 'appointmentMode')].message").value(
                        "Choose one of: In person, Telehealth."));
        mvc.perform(get("/api/v1/leads/{key}", key).with(LeadApiTest.INTAKE))
                .andExpect(jsonPath("$.status").value("Contacted"))
                .andExpect(jsonPath("$.appointment").doesNotExist());
    }
}
