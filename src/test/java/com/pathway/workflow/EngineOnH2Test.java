package com.pathway.workflow;

/** Concurrency and publishing on H2. */
@WorkflowTest
class EngineOnH2Test extends DatabaseScenarios {
}
