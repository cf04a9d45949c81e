package com.pathway.tasks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The clinic's business hours and service-level targets as an administrator sees and edits them.
 *
 * @param workingDays the days the clinic works
 * @param opens when a working day starts, in the clinic's time zone
 * @param closes when it ends
 * @param holidays days off although working days, earliest first
 * @param firstResponse the first-response target (inquiry to first contact) in business time
 * @param consultation the time-to-consultation target in business time
 * @param version the version the edit starts from (0 while the shipped defaults apply)
 * @param updatedBy who saved them last, {@code null} for the shipped defaults
 * @param updatedAt when
 */
public record BusinessHoursSettings(Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
        List<Holiday> holidays, Duration firstResponse, Duration consultation, long version, String updatedBy,
        Instant updatedAt) {

    /** A day off with the name the page shows, e.g. 2026-12-25 "Christmas Day". */
    public record Holiday(LocalDate day, String name) {
    }

    public BusinessHoursSettings {
        workingDays = workingDays == null ? Set.of() : Set.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** The same settings with other values, for an edit. */
    public BusinessHoursSettings with(Set<DayOfWeek> days, LocalTime open, LocalTime close, List<Holiday> offDays,
            Duration firstResponseTarget, Duration consultationTarget) {
        return new BusinessHoursSettings(days, open, close, offDays, firstResponseTarget, consultationTarget, version,
                updatedBy, updatedAt);
    }
}
