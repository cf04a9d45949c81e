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
        if (context.getEnvironment().getProperty("pathway.encryption.rotate", Boolean.class, false)) {
            // a command, not a server: the rotation has run (shared.crypto.KeyRotationRunner) and says how it went
            System.exit(SpringApplication.exit(context));
        }
    }
}
