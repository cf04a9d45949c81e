package com.pathway.clinic.treatment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.pathway.clinic.treatment.VitalLimits;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.clinic.treatment.VitalThresholdService;
import com.pathway.security.Role;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * The vital-sign ranges over REST: clinicians read them, an administrator changes one with its version in
 * If-Match and gets the new ETag; bad limits are a problem+json naming each field; nothing changes then.
 */
@IntegrationTest
class VitalThresholdApiTest {

    static final String PATH = "/api/v1/clinic/vital-thresholds";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    VitalThresholdService thresholds;

    String adminName;
    RequestPostProcessor admin;
    RequestPostProcessor clinician;

    @BeforeEach
    void callers() {
        adminName = TestAccounts.uniqueName("admin");
        admin = httpBasic(adminName, accounts.token(accounts.create(adminName, Role.ADMIN)));
        String clinicianName = TestAccounts.uniqueName("clin");
        clinician = httpBasic(clinicianName, accounts.token(accounts.create(clinicianName, Role.CLINICIAN)));
    }

    @AfterEach
    void putBackTheRespiratoryRange() {
        accounts.signIn(adminName);
        var respiratory = thresholds.ranges().of(VitalSign.RESPIRATORY_RATE);
        if (!respiratory.shipped()) {
            thresholds.change("RESPIRATORY_RATE", new VitalLimits(null, null), respiratory.version());
        }
        accounts.signOut();
    }

    private ResultActions change(String sign, String json, String ifMatch) throws Exception {
        var request = put(PATH + "/{sign}", sign).with(admin).contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    @Test
    void aClinicianReadsTheRangesAndAnAdministratorChangesOneWithItsVersion() throws Exception {
        String body = mvc.perform(get(PATH).with(clinician)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ranges[*].sign", Matchers.contains("SYSTOLIC", "DIASTOLIC", "HEART_RATE", "SPO2",
                        "RESPIRATORY_RATE")))
                .andExpect(jsonPath("$.ranges[2].low").value(50)).andExpect(jsonPath("$.ranges[2].high").value(120))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(body, "$.ranges[4].version");

        change("respiratory_rate", "{\"low\":8,\"high\":30}", "\"" + version + "\"").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.low").value(8)).andExpect(jsonPath("$.high").value(30))
                .andExpect(jsonPath("$.shipped").value(false)).andExpect(jsonPath("$.changedBy").value(adminName));

        change("RESPIRATORY_RATE", "{\"low\":9,\"high\":30}", "\"" + version + "\"").andExpect(status().isConflict());
        mvc.perform(put(PATH + "/HEART_RATE").with(clinician).contentType(MediaType.APPLICATION_JSON)
                .content("{\"low\":40,\"high\":200}").header("If-Match", "\"0\"")).andExpect(status().isForbidden());
    }

    @Test
    void badLimitsAreAProblemNamingEachFieldAndChangeNothing() throws Exception {
        String before = mvc.perform(get(PATH).with(admin)).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(before, "$.ranges[4].version");

        change("RESPIRATORY_RATE", "{\"low\":2,\"high\":80}", "\"" + version + "\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("low", "high")));
        change("RESPIRATORY_RATE", "{\"low\":30,\"high\":10}", "\"" + version + "\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Respiratory rate: the high limit (10) must be above the low limit (30)."));
        change("RESPIRATORY_RATE", "{\"low\":\"fast\"}", "\"" + version + "\"").andExpect(status().is4xxClientError());
        change("RESPIRATORY_RATE", "{\"low\":8,\"high\":30}", null).andExpect(status().isPreconditionRequired());
        change("TEMPERATURE", "{\"low\":36,\"high\":38}", "\"0\"").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get(PATH).with(admin)).andExpect(content().json(before));
    }
}
