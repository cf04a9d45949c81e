package com.pathway.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** The rebuild command writes the summary again, says how many leads it holds, and exits with 0. */
@WorkflowTest
class SummaryRebuildRunnerTest {

    @Autowired
    PerLeadSummary summary;
    @Autowired
    ClinicWorkflow workflow;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadService leads;

    @Test
    void theCommandRebuildsAStaleSummaryAndSaysHowManyLeadsItHolds() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        try {
            leads.create(Leads.form("Rae", "Rebuild", null, "rae.rebuild@example.org"));
        } finally {
            SignedIn.out();
        }
        summary.markStale();
        jdbc.update("delete from report_lead");
        SummaryRebuildRunner runner = new SummaryRebuildRunner(summary, workflow);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            runner.run(null);
        } finally {
            System.setOut(out);
        }

        long rows = jdbc.queryForObject("select count(*) from report_lead", Long.class);
        assertThat(runner.getExitCode()).isZero();
        assertThat(summary.current(workflow.stages())).isTrue();
        assertThat(rows).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .containsPattern("(?m)^Report summary rebuilt: " + rows
                        + " leads in \\d+\\.\\d s \\(with its daily totals\\)\\.$");
        assertThat(rows).isEqualTo(jdbc.queryForObject("select count(*) from lead where merged_into is null"
                + " and (resolution is null or resolution <> 'Duplicate')", Long.class));
    }
}
