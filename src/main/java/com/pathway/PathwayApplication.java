package com.pathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pathway: a lead and follow-up CRM for clinics, built on a Jira-style workflow engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwayApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwayApplication.class, args);
    }
}
