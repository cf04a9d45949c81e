package com.pathway.support;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every PostgreSQL test context a schema of its own, dropped when the context closes. Contexts
 * that Spring caches between test classes, and test runs of several checkouts on one database, then
 * never empty each other's tables.
 */
public class UniqueSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "pathway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("uniqueTestSchema", Map.of(
                "spring.datasource.url", PostgresAvailable.url() + "?currentSchema=" + schema,
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                new JdbcTemplate(context.getBean(DataSource.class)).execute("drop schema if exists " + schema + " cascade");
            }
        });
    }
}
