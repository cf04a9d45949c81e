package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** Lead exports: the service, its roles and audit, and {@code GET /api/v1/leads/export}. */
@WorkflowTest
class LeadExportTest {

    static final RequestPostProcessor MANAGER = httpBasic("manager", "pwt_demo_manager_00000000000000002");
    static final RequestPostProcessor INTAKE = httpBasic("intake", "pwt_demo_intake_000000000000000003");

    @Autowired
    LeadExportService exports;

    @Autowired
    LeadService leads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    String last;

    @BeforeEach
    void createLeads() {
        last = "Exp" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        leads.create(LeadForm.of("Avery", last, null, "avery." + last + "@example.org", LeadSource.PHONE));
        leads.create(LeadForm.of("=HYPERLINK(\"http://evil\")", last, null, "b." + last + "@example.org",
                LeadSource.PHONE));
        leads.create(LeadForm.of("Robin", last, null, "robin." + last + "@example.org", LeadSource.REFERRAL));
        SignedIn.as("manager", "MANAGER");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private List<String> export(LeadFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = exports.export(filter, Sort.by("firstName"), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize((int) count + 1);
        return lines;
    }

    private static LeadFilter bySource(String text, LeadSource source) {
        return new LeadFilter(null, null, null, source, null, null, null, null, text);
    }

    @Test
    void exportsTheFilteredListWithAHeaderAndMakesFormulasInert() {
        List<String> lines = export(bySource(last, LeadSource.PHONE));

        assertThat(lines.getFirst()).isEqualTo("\uFEFF" + String.join(",", LeadExportService.HEADER));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("PW-").contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", ",New inquiry,TODO,PHONE,");
        assertThat(lines.get(2)).contains(",Avery," + last + ",,avery." + last + "@example.org,");
        assertThat(String.join("\n", lines)).doesNotContain("Robin");
        // The keys exported, and which filter fields were used; not the search text, which may name a patient.
        String audited = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_EXPORTED' and"
                + " actor = 'manager' order by id desc limit 1", String.class);
        assertThat(audited).contains("\"count\":2", "source=PHONE, text").doesNotContain(last);
        assertThat(LeadServiceTest.keysIn(audited))
                .containsExactly(lines.get(1).split(",")[0], lines.get(2).split(",")[0]);
    }

    /** The audit entries of the newest export by the manager, oldest part first. */
    private List<String> lastExportAudit(int parts) {
        return jdbc.queryForList("select details from audit_entry where action = 'LEADS_EXPORTED' and actor ="
                + " 'manager' order by id desc limit " + parts, String.class).reversed();
    }

    @Test
    void goesThroughMoreLeadsThanOnePage() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String many = last + "m";
        for (int i = 0; i < LeadExportService.PAGE + 3; i++) {
            leads.create(LeadForm.of("N" + i, many, null, "n" + i + "." + many + "@example.org",
                    LeadSource.WALK_IN));
        }
        SignedIn.as("manager", "MANAGER");

        List<String> lines = export(bySource(many, null));

        assertThat(lines).hasSize(LeadExportService.PAGE + 4);
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[0]).distinct()).hasSize(LeadExportService.PAGE + 3);
    }

    @Test
    void anExportOfMoreKeysThanOneAuditEntryHoldsAuditsEveryKeyOverConsecutiveParts() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String many = last + "k";
        // 800 keys of at least 5 characters do not fit the 4000 characters of one entry's details.
        for (int i = 0; i < 800; i++) {
            leads.create(LeadForm.of("K" + i, many, null, "k" + i + "." + many + "@example.org",
                    LeadSource.WALK_IN));
        }
        SignedIn.as("manager", "MANAGER");

        List<String> keys = export(bySource(many, null)).stream().skip(1).map(l -> l.split(",")[0]).toList();

        assertThat(keys).doesNotHaveDuplicates().hasSize(800);
        int parts = com.jayway.jsonpath.JsonPath.read(lastExportAudit(1).getFirst(), "$.parts");
        List<String> audit = lastExportAudit(parts);
        assertThat(parts).isGreaterThan(1);
        assertThat(audit).allSatisfy(d -> assertThat(d).contains("\"count\":" + keys.size()).doesNotContain(many));
        assertThat(audit.stream().map(d -> (int) com.jayway.jsonpath.JsonPath.read(d, "$.part")))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, parts).boxed().toList());
        assertThat(audit.stream().flatMap(d -> LeadServiceTest.keysIn(d).stream())).containsExactlyElementsOf(keys);
    }

    @Test
    void aDownloadBrokenOffIsAuditedWithTheKeysSentSoFar() {
        java.io.OutputStream breaksOff = new java.io.OutputStream() {
            int written;

            @Override
            public void write(int b) throws java.io.IOException {
                if (++written > 600) {
                    throw new java.io.IOException("Connection reset");
                }
            }
        };
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String many = last + "b";
        for (int i = 0; i < 150; i++) {
            leads.create(LeadForm.of("B" + i, many, null, "b" + i + "." + many + "@example.org", LeadSource.WALK_IN));
        }
        SignedIn.as("manager", "MANAGER");

        assertThatThrownBy(() -> exports.export(bySource(many, null), Sort.by("firstName"), breaksOff))
                .isInstanceOf(java.io.UncheckedIOException.class);

        String audited = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_EXPORTED' and"
                + " actor = 'manager' and outcome = 'FAILURE' order by id desc limit 1", String.class);
        assertThat(LeadServiceTest.keysIn(audited)).isNotEmpty().hasSizeLessThan(150)
                .allSatisfy(key -> assertThat(key).startsWith("PW-"));
    }

    @Test
    void onlyManagersExport() {
        for (String role : List.of("INTAKE_COORDINATOR", "CLINICIAN", "ADMIN")) {
            SignedIn.as(role.toLowerCase(), role);
            assertThatThrownBy(() -> exports.export(LeadFilter.none(), Sort.unsorted(), new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aBadFilterFailsBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exports.export(LeadFilter.text("x".repeat(101)), Sort.unsorted(), out))
                .isInstanceOf(InvalidInputException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void theApiExportsCsvForManagersWithTheListsFilters() throws Exception {
        String body = mvc.perform(get("/api/v1/leads/export").param("q", last).param("source", "REFERRAL").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"leads.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body.lines().toList()).hasSize(2);
        assertThat(body).contains(",Robin," + last + ",");

        mvc.perform(get("/api/v1/leads/export").with(INTAKE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/leads/export").param("sort", "password,asc").with(MANAGER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/leads/export")).andExpect(status().isUnauthorized());
    }
}
