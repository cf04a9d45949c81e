package com.pathway.shared;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic Pathway serves ({@code pathway.clinic.*}).
 *
 * @param name shown in the header and on the sign-in page
 * @param timeZone the zone in which times are shown to staff (stored times are UTC)
 */
@Validated
@ConfigurationProperties("pathway.clinic")
public record ClinicProperties(
        @NotBlank @DefaultValue("Pathway Clinic") String name,
        @NotNull @DefaultValue("America/New_York") ZoneId timeZone) {
}
