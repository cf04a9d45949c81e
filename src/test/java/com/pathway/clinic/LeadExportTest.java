package com.pathway.clinic;

import static com.pathway.support.SearchInBody.searchInBody;
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

import com.pathway.shared.ClinicProperties;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
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

    @Autowired
    WorkflowService workflow;

    @Autowired
    ClinicProperties clinic;

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
        assertThat(lines.get(1)).startsWith("PW-").contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", ",New inquiry,To do,,", ",,Phone,");
        assertThat(lines.get(2)).contains(",Avery," + last + ",,avery." + last + "@example.org,");
        assertThat(String.join("\n", lines)).doesNotContain("Robin");
        // The keys exported, and which filter fields were used; not the search text, which may name a patient.
        String audited = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_EXPORTED' and"
                + " actor = 'manager' order by id desc limit 1", String.class);
        assertThat(audited).contains("\"count\":2", "source=PHONE, text").doesNotContain(last);
        assertThat(LeadServiceTest.keysIn(audited))
                .containsExactly(lines.get(1).split(",")[0], lines.get(2).split(",")[0]);
    }

    /** The export's rows as maps from each header to its value. */
    private List<java.util.Map<String, String>> records(List<String> lines) throws java.io.IOException {
        String text = String.join("\n", lines).substring(1);
        try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
            return csv.getRecords().stream().map(org.apache.commons.csv.CSVRecord::toMap).toList();
        }
    }

    /** When the lead entered its status, as the export writes it: in the clinic's zone, to the minute. */
    private String statusSince(String key) {
        java.time.OffsetDateTime at = jdbc.queryForObject("select status_changed_at from lead where item_key = ?",
                java.time.OffsetDateTime.class, key);
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(at.toInstant().atZone(clinic.timeZone()));
    }

    @Test
    void writesLabelsPeopleReadAndTheResolutionClosedDateStatusSinceReferrerAndCampaign() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String group = last + "x";
        long referrer = leads.createReferrer("Dr Noor Haddad", "=Harbour Physio");
        LeadForm closing = new LeadForm("Casey", group, null, null, null, null, "casey." + group + "@example.org",
                ContactMethod.SMS, null, LeadSource.WEB_FORM, "newsletter", "email", "+Spring sale", referrer, null,
                null, false, null, null, null, null, List.of(), LeadPriority.HIGH, null, null, null);
        String closedKey = leads.create(closing).key();
        workflow.transition(closedKey, new TransitionRequest("Close", java.util.Map.of("resolution", "Lost contact"),
                null, null));
        String openKey = leads.create(LeadForm.of("Dana", group, null, "dana." + group + "@example.org",
                LeadSource.WALK_IN)).key();
        SignedIn.as("manager", "MANAGER");

        List<String> lines = export(bySource(group, null));

        assertThat(lines.getFirst()).isEqualTo("\uFEFFKey,First name,Last name,Phone,Email,Status,Status category,"
                + "Resolution,Status since,Closed on,Source,Condition of interest,Priority,Coordinator,Clinician,"
                + "Referrer,Referrer organisation,Campaign source,Campaign medium,Campaign name,Created");
        List<java.util.Map<String, String>> rows = records(lines);
        assertThat(rows).hasSize(2);
        java.util.Map<String, String> closed = rows.get(0);
        assertThat(closed.get("Key")).isEqualTo(closedKey);
        assertThat(closed.get("Status")).isEqualTo("Closed");
        assertThat(closed.get("Status category")).isEqualTo("Done");
        assertThat(closed.get("Resolution")).isEqualTo("Lost contact");
        assertThat(closed.get("Status since")).isEqualTo(statusSince(closedKey));
        assertThat(closed.get("Closed on")).isEqualTo(statusSince(closedKey));
        assertThat(closed.get("Source")).isEqualTo("Web form");
        assertThat(closed.get("Priority")).isEqualTo("High");
        assertThat(closed.get("Referrer")).isEqualTo("Dr Noor Haddad");
        // Still made inert: a referrer's organisation or a campaign name a spreadsheet would run as a formula.
        assertThat(closed.get("Referrer organisation")).isEqualTo("'=Harbour Physio");
        assertThat(closed.get("Campaign source")).isEqualTo("newsletter");
        assertThat(closed.get("Campaign medium")).isEqualTo("email");
        assertThat(closed.get("Campaign name")).isEqualTo("'+Spring sale");
        java.util.Map<String, String> open = rows.get(1);
        assertThat(open.get("Key")).isEqualTo(openKey);
        assertThat(open.get("Status")).isEqualTo("New inquiry");
        assertThat(open.get("Status category")).isEqualTo("To do");
        assertThat(open.get("Resolution")).isEmpty();
        assertThat(open.get("Status since")).isEqualTo(statusSince(openKey));
        assertThat(open.get("Closed on")).isEmpty();
        assertThat(open.get("Source")).isEqualTo("Walk-in");
        assertThat(open.get("Priority")).isEqualTo("Normal");
        assertThat(open.get("Referrer")).isEmpty();
        assertThat(open.get("Referrer organisation")).isEmpty();
        assertThat(open.get("Campaign source")).isEmpty();
        assertThat(open.get("Campaign name")).isEmpty();
        assertThat(String.join("\n", lines)).doesNotContain("WEB_FORM", "WALK_IN", "TODO", "DONE");
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
        String body = mvc.perform(get("/api/v1/leads/export").param("q", last).param("source", "REFERRAL").with(MANAGER)
                        .with(searchInBody()))
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
