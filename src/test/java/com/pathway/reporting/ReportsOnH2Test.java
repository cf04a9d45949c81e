package com.pathway.reporting;

import com.pathway.workflow.WorkflowTest;

/** The dashboard's figures on H2. */
@WorkflowTest
class ReportsOnH2Test extends ReportScenarios {
}
