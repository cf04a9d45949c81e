package com.pathway.reporting;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.workflow.WorkflowTest;

/** The dashboard's figures on H2 from the daily totals (one filter: the run's campaign). */
@WorkflowTest
class ReportsFromDayTotalsOnH2Test extends DayTotalsScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.DAY_TOTALS;
    }
}
