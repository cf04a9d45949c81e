package com.pathway.tasks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic's business hours ({@code pathway.clinic.hours.*}) in the clinic's time zone
 * ({@code pathway.clinic.time-zone}), and the service-level targets measured in them.
 *
 * @param workingDays the days the clinic works
 * @param opens when a working day starts
 * @param closes when it ends
 * @param holidays days off although working days, e.g. {@code 2026-12-25}
 * @param firstResponse the first-response target: from inquiry to first contact, in business time
 * @param consultation the time-to-consultation target: from inquiry to a booked consultation, in business time
 */
@Validated
@ConfigurationProperties("pathway.clinic.hours")
public record BusinessHoursProperties(
        @NotEmpty @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
        @NotNull @DefaultValue("09:00") LocalTime opens,
        @NotNull @DefaultValue("17:00") LocalTime closes,
        @DefaultValue({}) List<LocalDate> holidays,
        @NotNull @DefaultValue("4h") Duration firstResponse,
        @NotNull @DefaultValue("40h") Duration consultation) {
}
