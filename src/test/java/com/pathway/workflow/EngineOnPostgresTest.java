package com.pathway.workflow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** Concurrency and publishing on PostgreSQL; each scenario creates what it needs. */
@SpringBootTest
@PostgresTest
@Import({CleanDatabase.class, SampleWorkflow.class})
class EngineOnPostgresTest extends DatabaseScenarios {
}
