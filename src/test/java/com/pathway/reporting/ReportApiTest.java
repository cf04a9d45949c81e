package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** {@code GET /api/v1/reports/{kind}}: shared figures under the small-number rule, refusals, bad input, audit. */
@WorkflowTest
class ReportApiTest {

    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "pwt_demo_admin_0000000000000000001");
    static final RequestPostProcessor MANAGER = httpBasic("manager", "pwt_demo_manager_00000000000000002");

    @Autowired
    MockMvc mvc;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    String campaign;

    @BeforeEach
    void oneLead() {
        campaign = "api-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadForm f = Leads.form("Ana", "Api", null, campaign + "@example.org");
        leads.create(new LeadForm(f.firstName(), f.lastName(), null, f.dateOfBirth(), null, null, f.email(),
                f.preferredContact(), null, f.source(), "search", "cpc", campaign, null, f.conditionOfInterest(), null,
                f.selfPay(), null, null, null, null, List.of(), f.priority(), null, null, null));
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void managersAndAdministratorsGetSharedFiguresWithSmallCountsWithheldAndEveryCallIsAudited() throws Exception {
        Integer before = audited();
        mvc.perform(get("/api/v1/reports/funnel").param("campaign", campaign).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("funnel"))
                .andExpect(jsonPath("$.smallNumberLimit").value(11))
                .andExpect(jsonPath("$.rows[0].label").value("Intake (New inquiry, Contacted)"))
                .andExpect(jsonPath("$.rows[0].cells[0].suppressed").value(true))
                .andExpect(jsonPath("$.rows[0].cells[0].value").doesNotExist())
                .andExpect(jsonPath("$.rows[1].cells[0].value").value(0.0));
        mvc.perform(get("/api/v1/reports/conversion").param("campaign", campaign).param("by", "campaign").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].label").value(campaign))
                .andExpect(jsonPath("$.rows[0].cells[0].suppressed").value(true));
        assertThat(audited()).isEqualTo(before + 2);
    }

    @Test
    void theOutcomesGiveManagersCourseAndPhq9AggregatesWithheldWhenSmallAndAdministratorsNone() throws Exception {
        mvc.perform(get("/api/v1/reports/outcomes").param("campaign", campaign).param("by", "campaign").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[4]").value("Courses started"))
                .andExpect(jsonPath("$.columns[8]").value("Median PHQ-9 change (first to latest)"))
                .andExpect(jsonPath("$.units[8]").value("points"))
                .andExpect(jsonPath("$.rows[0].cells.length()").value(9))
                .andExpect(jsonPath("$.rows[0].cells[0].suppressed").value(true));
        mvc.perform(get("/api/v1/reports/outcomes").param("campaign", campaign).param("by", "campaign").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns.length()").value(4))
                .andExpect(jsonPath("$.rows[0].cells.length()").value(4))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PHQ-9"))));
    }

    @Test
    void otherRolesAreRefusedAndBadInputIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/reports/funnel").with(INTAKE)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/funnel")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/horoscope").with(MANAGER)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/funnel").param("from", "2026-13-01").param("source", "carrier-pigeon")
                        .with(MANAGER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-13-01")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("carrier-pigeon")));
        mvc.perform(get("/api/v1/reports/funnel").param("from", "2026-03-01").param("to", "2026-02-01").with(MANAGER))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/reports/outcomes").param("by", "planet").with(MANAGER))
                .andExpect(status().isUnprocessableContent());
    }

    private Integer audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'REPORT_VIEWED'", Integer.class);
    }
}
