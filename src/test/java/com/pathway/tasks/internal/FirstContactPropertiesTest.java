package com.pathway.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * The call is written in the inquiry's own transaction, so a title no task may have would refuse every web inquiry:
 * the application does not start with one.
 */
class FirstContactPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(FirstContactProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsStart() {
        context.run(started -> assertThat(started.getBean(FirstContactProperties.class))
                .isEqualTo(new FirstContactProperties(Set.of("LEAD"), List.of("web-form"), "First contact")));
    }

    @Test
    void aTitleNoTaskMayHaveStopsTheStartAndSaysWhich() {
        context.withPropertyValues("pathway.tasks.first-contact.title=" + "x".repeat(201)).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("pathway.tasks.first-contact")
                    .hasMessageContaining("title");
        });
        context.withPropertyValues("pathway.tasks.first-contact.title= ")
                .run(started -> assertThat(started).hasFailed());
    }
}
