package com.pathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pathway: a lead and follow-up CRM for clinics, built on a Jira-style workflow engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwayApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(PathwayApplication.class, args);
        if (context.getEnvironment().getProperty("pathway.encryption.rotate", Boolean.class, false)
                || context.getEnvironment().getProperty("pathway.reports.rebuild-summary", Boolean.class, false)) {
            // a command, not a server: the rotation (shared.crypto.KeyRotationRunner) or the report summary's
            // rebuild (reporting.internal.SummaryRebuildRunner) has run and says how it went
            System.exit(SpringApplication.exit(context));
        }
    }
}
