package com.pathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against the real PostgreSQL with the production {@code postgres} profile, in a
 * fresh schema of its own per application context ({@link UniqueSchema}), dropped when the context
 * closes. Fails, never skips, when PostgreSQL cannot be reached ({@link PostgresAvailable}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles({"postgres", "pgtest"})
@ContextConfiguration(initializers = UniqueSchema.class)
public @interface PostgresTest {
}
