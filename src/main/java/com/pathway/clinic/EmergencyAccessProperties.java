package com.pathway.clinic;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Emergency access settings ({@code pathway.emergency-access.*}).
 *
 * @param duration how long one emergency access opens a lead
 */
@Validated
@ConfigurationProperties("pathway.emergency-access")
public record EmergencyAccessProperties(@NotNull @DefaultValue("1h") Duration duration) {
}
