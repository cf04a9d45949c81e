package com.pathway.clinic;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lead settings of the clinic ({@code pathway.clinic.*}).
 *
 * @param defaultRegion the country (ISO 3166 two letters) of phone numbers written without {@code +}
 * @param conditions the conditions of interest a lead may name
 */
@Validated
@ConfigurationProperties("pathway.clinic")
public record LeadProperties(
        @Pattern(regexp = "[A-Z]{2}") @DefaultValue("US") String defaultRegion,
        @NotEmpty @DefaultValue({"depression", "bipolar depression", "PTSD", "anxiety", "chronic pain", "other"})
        List<String> conditions) {
}
