package com.pathway.reporting;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.workflow.WorkflowTest;

/** The dashboard's figures on H2, from the per-lead summary. */
@WorkflowTest
class ReportsOnH2Test extends ReportScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.SUMMARY;
    }
}
