package com.pathway.reporting.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadStages;

/**
 * The rebuild command: {@code java -jar pathway.jar --pathway.reports.rebuild-summary=true --server.port=0} (with
 * the usual database settings) starts the application on a free port, writes the dashboard's per-lead summary again
 * from the transition history under the published workflow's stages and adds up its daily totals again, prints how many leads it holds and how long it
 * took, and exits ({@code PathwayApplication}) with 0, or 1 when the workflow has more open stages than the summary
 * has columns for (the figures then read the history).
 */
@Component
@ConditionalOnBooleanProperty("pathway.reports.rebuild-summary")
class SummaryRebuildRunner implements ApplicationRunner, ExitCodeGenerator {

    private final PerLeadSummary summary;
    private final ClinicWorkflow workflow;
    private int exitCode = 1;

    SummaryRebuildRunner(PerLeadSummary summary, ClinicWorkflow workflow) {
        this.summary = summary;
        this.workflow = workflow;
    }

    @Override
    public void run(ApplicationArguments args) {
        LeadStages stages = workflow.stages();
        if (!PerLeadSummary.supports(stages)) {
            System.out.println("Report summary not rebuilt: the workflow has " + stages.stages().size()
                    + " open stages, the summary has columns for " + PerLeadSummary.MAX_STAGES
                    + "; the dashboard reads the history.");
            return;
        }
        PerLeadSummary.Rebuilt rebuilt = summary.rebuild(stages);
        System.out.printf(java.util.Locale.ROOT, "Report summary rebuilt: %d leads in %.1f s (with its daily totals).%n",
                rebuilt.leads(), rebuilt.millis() / 1000.0);
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
