package com.pathway.clinic.treatment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.TreatmentProperties;
import com.pathway.shared.ClinicProperties;

/**
 * The progress of many courses at once, in four grouped queries whatever their number: sessions given
 * (signed records or booked sessions marked done, whichever is more), the latest one, the next booked
 * one, and whether the lead is at risk of dropping off ({@link DropOffRule}).
 */
@Component
public class CourseProgresses {

    private final InfusionSessionRepository sessions;
    private final ScheduledSessionRepository schedule;
    private final TreatmentProperties properties;
    private final ClinicProperties clinic;
    private final Clock clock;

    public CourseProgresses(InfusionSessionRepository sessions, ScheduledSessionRepository schedule,
            TreatmentProperties properties, ClinicProperties clinic, Clock clock) {
        this.sessions = sessions;
        this.schedule = schedule;
        this.properties = properties;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Progress per course id. */
    public Map<Long, CourseProgress> of(Collection<TreatmentCourse> courses) {
        Map<Long, CourseProgress> result = new HashMap<>();
        if (courses.isEmpty()) {
            return result;
        }
        List<Long> ids = courses.stream().map(TreatmentCourse::getId).toList();
        Map<Long, Object[]> signed = byCourse(sessions.signedCounts(ids));
        Map<Long, Object[]> done = byCourse(schedule.doneCounts(ids));
        Map<Long, Object[]> lastDone = byCourse(schedule.lastDone(ids));
        Map<Long, Object[]> next = byCourse(schedule.nextScheduled(ids));
        Instant now = clock.instant();
        for (TreatmentCourse c : courses) {
            int signedCount = count(signed.get(c.getId()));
            int given = Math.max(signedCount, count(done.get(c.getId())));
            Instant last = latest(at(signed.get(c.getId()), 2), at(lastDone.get(c.getId()), 1));
            Instant booked = c.getNextSessionAt() != null ? c.getNextSessionAt() : at(next.get(c.getId()), 1);
            boolean atRisk = DropOffRule.atRisk(c.getStatus(), c.getStartsOn(), last, now, clinic.timeZone(),
                    properties.dropOffDays());
            result.put(c.getId(), new CourseProgress(c.getItemKey(), c.getStatus(), c.getPlannedSessions(), signedCount, given,
                    c.getStatus().open() ? booked : null, last, atRisk));
        }
        return result;
    }

    public CourseProgress of(TreatmentCourse course) {
        return of(List.of(course)).get(course.getId());
    }

    private static Map<Long, Object[]> byCourse(List<Object[]> rows) {
        Map<Long, Object[]> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), r));
        return map;
    }

    private static int count(Object[] row) {
        return row == null ? 0 : ((Number) row[1]).intValue();
    }

    private static Instant at(Object[] row, int index) {
        return row == null ? null : (Instant) row[index];
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
