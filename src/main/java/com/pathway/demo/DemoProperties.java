package com.pathway.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo leads ({@code pathway.demo.*}), created at start in the demo profile only, while the clinic
 * project has no leads yet.
 *
 * @param leads how many (0 turns them off; the tests' profile does)
 * @param months over how many months before today their inquiries arrive
 * @param seed the same seed gives the same people and journeys
 */
@Validated
@ConfigurationProperties("pathway.demo")
public record DemoProperties(@Min(0) @Max(100_000) @DefaultValue("300") int leads,
        @Min(1) @Max(120) @DefaultValue("12") int months, @DefaultValue("2026") long seed) {
}
