package com.pathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test against the real PostgreSQL with the production {@code postgres} profile, in
 * the schema {@code pathway_test}, which {@link CleanDatabase} empties before the context migrates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles({"postgres", "pgtest"})
public @interface PostgresTest {
}
