package com.pathway.clinic;

import com.pathway.workflow.WorkflowTest;

/** The lead list's filters and sorts on H2. */
@WorkflowTest
class LeadListOnH2Test extends LeadListScenarios {
}
