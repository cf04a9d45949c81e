package com.pathway.clinic.treatment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Treatment settings ({@code pathway.treatment.*}).
 *
 * @param dropOffDays a lead whose open course has had no session (done or signed) for this many days is
 *        flagged "at risk of dropping off"
 * @param followUpHours when the call to rebook a missed session is due, in hours after it was marked missed
 * @param vitalAlerts the vital-sign ranges a fresh installation starts with; the clinic changes them on the
 *        Treatment lists page
 */
@Validated
@ConfigurationProperties("pathway.treatment")
public record TreatmentProperties(@DefaultValue("7") @Min(1) @Max(365) int dropOffDays,
        @DefaultValue("4") @Min(0) @Max(168) int followUpHours, @DefaultValue @Valid VitalAlerts vitalAlerts) {
}
