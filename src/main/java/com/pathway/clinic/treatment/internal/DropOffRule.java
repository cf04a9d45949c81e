package com.pathway.clinic.treatment.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.pathway.clinic.treatment.CourseStatus;

/**
 * When a lead in treatment is at risk of dropping off: its course is open and has had no session (since
 * the course started) for {@code days} days or more. A course that starts later is not at risk yet.
 */
public final class DropOffRule {

    private DropOffRule() {
    }

    public static boolean atRisk(CourseStatus status, LocalDate startsOn, Instant lastSession, Instant now,
            ZoneId zone, int days) {
        if (status == null || !status.open()) {
            return false;
        }
        Instant since = startsOn.atStartOfDay(zone).toInstant();
        if (lastSession != null && lastSession.isAfter(since)) {
            since = lastSession;
        }
        return !since.isAfter(now) && Duration.between(since, now).toDays() >= days;
    }
}
