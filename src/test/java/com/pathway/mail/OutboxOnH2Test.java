package com.pathway.mail;

import com.pathway.workflow.WorkflowTest;

/** The administrators' outbox on H2. */
@WorkflowTest
class OutboxOnH2Test extends OutboxScenarios {
}
