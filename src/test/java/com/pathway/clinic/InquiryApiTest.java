package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;
import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.workflow.WorkflowTest;

/**
 * The public inquiry API without a sign-in: the good case and every rejection, each checking that
 * nothing was stored. Each request comes from its own client address, so the rate limit stays out of
 * the way (it has its own test).
 */
@WorkflowTest
class InquiryApiTest {

    static final String VALID = """
            {"firstName":"Jordan","lastName":"Pike","email":"jordan.pike@example.org","phone":"(202) 555-0171",
             "dateOfBirth":"1985-07-14","conditionOfInterest":"PTSD","message":"<b>Hello</b> & could you call me?",
             "preferredContact":"sms","utm":{"source":"google","medium":"cpc","campaign":"spring"},
             "consent":{"contact":true,"privacyNotice":true},"website":""}
            """;

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ColumnCipher cipher;

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        int n = ADDRESS.incrementAndGet();
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr("10.1." + (n / 250) + "." + (n % 250 + 1));
            return r;
        }));
    }

    private ResultActions postJson(String body) throws Exception {
        return send(post("/api/v1/inquiries").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Leads, work items, inquiries waiting for their lead and idempotency records: what a request could have stored. */
    private Map<String, Long> stored() {
        return Map.of(
                "lead", jdbc.queryForObject("select count(*) from lead", Long.class),
                "inquiry_inbox", jdbc.queryForObject("select count(*) from inquiry_inbox", Long.class),
                "wf_item", jdbc.queryForObject("select count(*) from wf_item", Long.class),
                "inquiry_request", jdbc.queryForObject("select count(*) from inquiry_request", Long.class));
    }

    private void assertNothingStored(Map<String, Long> before) {
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void acceptsAnInquiryWithoutSignInAndStoresItAsANewLead() throws Exception {
        Map<String, Long> before = stored();

        String body = postJson(VALID)
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.reference", startsWith("INQ-")))
                .andReturn().getResponse().getContentAsString();

        String reference = JsonPath.read(body, "$.reference");
        Map<String, Object> lead = jdbc.queryForMap("select l.*, i.status, i.reporter from lead l join wf_item i"
                + " on i.id = l.id where l.inquiry_reference = ?", reference);
        assertThat(lead).containsEntry("first_name", "Jordan").containsEntry("phone", "+12025550171")
                .containsEntry("email", "jordan.pike@example.org").containsEntry("source", "WEB_FORM")
                .containsEntry("condition_of_interest", "PTSD").containsEntry("preferred_contact", "SMS")
                .containsEntry("campaign_source", "google").containsEntry("campaign_name", "spring")
                .containsEntry("status", "New inquiry").containsEntry("reporter", "web-form")
                .containsEntry("consent_phone_source", "web form").containsEntry("privacy_notice_source", "web form");
        // the message is stored encrypted at rest, and reads back as sent
        assertThat((String) lead.get("message")).startsWith("enc:v1:").doesNotContain("Hello");
        assertThat(cipher.decrypt("lead.message", (String) lead.get("message")))
                .isEqualTo("<b>Hello</b> & could you call me?");
        assertThat(lead.get("consent_email_at")).isNotNull();
        assertThat(lead.get("consent_sms_at")).isNotNull();
        assertThat(stored().get("lead")).isEqualTo(before.get("lead") + 1);
        assertThat(stored().get("inquiry_request")).isEqualTo(before.get("inquiry_request"));
        assertThat(stored().get("inquiry_inbox")).as("sent alone, the lead was created before the answer")
                .isEqualTo(before.get("inquiry_inbox"));
    }

    @Test
    void keepsTheRestOfTheApiClosed() throws Exception {
        send(get("/api/v1/items")).andExpect(status().isUnauthorized());
        send(get("/api/v1/inquiries")).andExpect(status().isUnauthorized());
    }

    @Test
    void answers400ForMalformedJsonAndStoresNothing() throws Exception {
        Map<String, Long> before = stored();

        postJson("{\"firstName\": \"Jordan\",").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        postJson("[1, 2]").andExpect(status().isBadRequest());
        postJson("").andExpect(status().isBadRequest());

        assertNothingStored(before);
    }

    @Test
    void answers415ForAnotherContentTypeAndStoresNothing() throws Exception {
        Map<String, Long> before = stored();

        send(post("/api/v1/inquiries").contentType(MediaType.TEXT_PLAIN).content(VALID))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(post("/api/v1/inquiries").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("firstName=Jordan"))
                .andExpect(status().isUnsupportedMediaType());
        send(post("/api/v1/inquiries").content(VALID)).andExpect(status().isUnsupportedMediaType());

        assertNothingStored(before);
    }

    @Test
    void answers413OverSixtyFourKilobytesAndStoresNothing() throws Exception {
        Map<String, Long> before = stored();
        String huge = VALID.replace("could you call me?", "x".repeat(65 * 1024));

        postJson(huge).andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertNothingStored(before);
    }

    @Test
    void answers422ListingEveryMissingField() throws Exception {
        Map<String, Long> before = stored();

        postJson("{}").andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("firstName", "lastName", "email",
                        "phone", "consent.contact", "consent.privacyNotice")));

        assertNothingStored(before);
    }

    @Test
    void answers422ListingEveryInvalidField() throws Exception {
        Map<String, Long> before = stored();
        String bad = """
                {"firstName":"%s","lastName":42,"email":"not-an-email","phone":"12",
                 "dateOfBirth":"14/07/1985","conditionOfInterest":"flu","message":"%s",
                 "preferredContact":"pigeon","utm":{"source":"google","medium":"cpc","campaign":"%s"},
                 "consent":{"contact":false,"privacyNotice":"yes"}}
                """.formatted("J".repeat(101), "m".repeat(4001), "c".repeat(101));

        postJson(bad).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("firstName", "lastName", "email",
                        "phone", "dateOfBirth", "conditionOfInterest", "message", "preferredContact", "utm.campaign",
                        "consent.contact", "consent.privacyNotice")));

        assertNothingStored(before);
    }

    @Test
    void answers422ForEachSingleBadFieldAndStoresNothing() throws Exception {
        Map<String, Long> before = stored();
        String[][] cases = {
                {"\"firstName\":\"Jordan\"", "\"firstName\":\"   \"", "firstName"},
                {"\"lastName\":\"Pike\"", "\"lastName\":\"" + "P".repeat(101) + "\"", "lastName"},
                {"\"email\":\"jordan.pike@example.org\"", "\"email\":\"jordan@\"", "email"},
                {"\"phone\":\"(202) 555-0171\"", "\"phone\":\"555\"", "phone"},
                {"\"dateOfBirth\":\"1985-07-14\"", "\"dateOfBirth\":\"2999-01-01\"", "dateOfBirth"},
                {"\"conditionOfInterest\":\"PTSD\"", "\"conditionOfInterest\":\"headache\"", "conditionOfInterest"},
                {"\"preferredContact\":\"sms\"", "\"preferredContact\":\"fax\"", "preferredContact"},
                {"\"medium\":\"cpc\"", "\"medium\":[1]", "utm.medium"},
                {"\"contact\":true", "\"contact\":false", "consent.contact"},
                {"\"privacyNotice\":true", "\"privacyNotice\":null", "consent.privacyNotice"},
        };
        for (String[] c : cases) {
            assertThat(VALID).contains(c[0]);
            postJson(VALID.replace(c[0], c[1])).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors.length()").value(1))
                    .andExpect(jsonPath("$.errors[0].field").value(c[2]));
        }

        assertNothingStored(before);
    }

    @Test
    void acceptsEitherAnEmailOrAPhoneAlone() throws Exception {
        postJson(VALID.replace("\"phone\":\"(202) 555-0171\",", "").replace("sms", "email"))
                .andExpect(status().isCreated());
        postJson(VALID.replace("\"email\":\"jordan.pike@example.org\",", "")).andExpect(status().isCreated());
    }

    @Test
    void answersAFilledHoneypotAsIfAcceptedAndStoresNothing() throws Exception {
        Map<String, Long> before = stored();

        postJson(VALID.replace("\"website\":\"\"", "\"website\":\"http://spam.example\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference", startsWith("INQ-")))
                .andExpect(jsonPath("$.message").exists());

        assertNothingStored(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingNew() throws Exception {
        Map<String, Long> before = stored();

        String first = send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-1")
                .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-1")
                .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(second, "$.reference")).isEqualTo(JsonPath.read(first, "$.reference"));
        assertThat(stored().get("lead")).isEqualTo(before.get("lead") + 1);
        assertThat(stored().get("wf_item")).isEqualTo(before.get("wf_item") + 1);
        assertThat(stored().get("inquiry_request")).isEqualTo(before.get("inquiry_request") + 1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflict() throws Exception {
        send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-2")
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
        Map<String, Long> before = stored();

        send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-2")
                .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("Jordan", "Jordana")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertNothingStored(before);
    }

    @Test
    void aRejectedRequestKeepsNoIdempotencyKey() throws Exception {
        Map<String, Long> before = stored();
        send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-3")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnprocessableContent());
        assertNothingStored(before);

        send(post("/api/v1/inquiries").header("Idempotency-Key", "form-retry-3")
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
    }

    @Test
    void letsTheClinicWebSitePostFromTheBrowser() throws Exception {
        send(options("/api/v1/inquiries").header("Origin", "https://clinic.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key"))
                .andExpect(status().isOk())
                // The demo lets any web site post ('*'); InquiryOriginsTest checks a clinic's named ones.
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Methods", "POST"))
                .andExpect(header().string("Access-Control-Max-Age", "3600"));

        send(post("/api/v1/inquiries").header("Origin", "https://clinic.example")
                .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", "Retry-After, Idempotent-Replayed"));
    }

    @Test
    void noOtherMethodOrApiPathAnswersAnotherOrigin() throws Exception {
        Map<String, Long> before = stored();
        send(options("/api/v1/inquiries").header("Origin", "https://clinic.example")
                .header("Access-Control-Request-Method", "DELETE"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        send(options("/api/v1/inquiries").header("Origin", "https://clinic.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization"))
                .andExpect(status().isForbidden());
        send(options("/api/v1/leads").header("Origin", "https://clinic.example")
                .header("Access-Control-Request-Method", "GET"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        send(get("/api/v1/leads").header("Origin", "https://clinic.example")
                .with(httpBasic("intake", "pwt_demo_intake_000000000000000003")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        assertNothingStored(before);
    }

    @Test
    void signedInUsersMayPostInquiriesToo() throws Exception {
        send(post("/api/v1/inquiries").with(httpBasic("intake", "pwt_demo_intake_000000000000000003"))
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
    }
}
