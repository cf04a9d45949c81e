package com.pathway.reporting;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.workflow.WorkflowTest;

/** The dashboard's figures on H2, grouped from the history (as while the summary is being rebuilt). */
@WorkflowTest
class ReportsFromHistoryOnH2Test extends ReportScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.HISTORY;
    }
}
