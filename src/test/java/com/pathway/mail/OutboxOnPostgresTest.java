package com.pathway.mail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** The administrators' outbox on PostgreSQL (its state filter binds a null the database must type). */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class OutboxOnPostgresTest extends OutboxScenarios {
}
