package com.pathway.workflow;

/** Concurrent creation and transitions on H2. */
@WorkflowTest
class ConcurrencyH2Test extends ConcurrencyScenarios {
}
