package com.pathway.clinic.treatment.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.pathway.clinic.treatment.SessionState;
import com.pathway.shared.ClinicProperties;

/**
 * Books a course's sessions from its template, phase by phase (the first at the time given, each next one the
 * phase's interval later on the clinic's calendar, at the same local time; a later phase its start-after days
 * after the previous phase's last session), books one more or moves one, marks the booked session of the day a
 * signed record took place, and keeps the course's "next session" on the earliest session still scheduled.
 */
@Component
public class CourseSchedule {

    private final ScheduledSessionRepository schedule;
    private final TreatmentCourseRepository courses;
    private final ClinicProperties clinic;

    public CourseSchedule(ScheduledSessionRepository schedule, TreatmentCourseRepository courses,
            ClinicProperties clinic) {
        this.schedule = schedule;
        this.courses = courses;
        this.clinic = clinic;
    }

    public void book(TreatmentCourse course, CourseTemplate template, Instant first) {
        ZonedDateTime at = first.atZone(clinic.timeZone());
        int number = 0;
        for (TemplatePhase phase : template.getPhases()) {
            if (number > 0) {
                at = at.plusDays(phase.getStartAfterDays() == null ? phase.getIntervalDays() : phase.getStartAfterDays());
            }
            for (int n = 0; n < phase.getSessions(); n++) {
                if (n > 0) {
                    at = at.plusDays(phase.getIntervalDays());
                }
                schedule.save(new ScheduledSession(course.getId(), course.getItemId(), course.getItemKey(), ++number,
                        at.toInstant(), phase.getName()));
            }
        }
        schedule.flush();
    }

    /** Books one more session on the open course; the sessions are numbered again, earliest first. */
    public ScheduledSession add(TreatmentCourse course, Instant at) {
        ScheduledSession added = schedule.save(new ScheduledSession(course.getId(), course.getItemId(),
                course.getItemKey(), Integer.MAX_VALUE, at, null));
        renumber(course);
        followUp(course);
        return added;
    }

    /** After sessions were added or moved: numbers follow the booked times, earliest first. */
    public void renumber(TreatmentCourse course) {
        List<ScheduledSession> all = schedule.findByCourseIdOrderByScheduledAtAscIdAsc(course.getId());
        for (int i = 0; i < all.size(); i++) {
            all.get(i).renumber(i + 1);
        }
        schedule.flush();
    }

    /**
     * A signed infusion record that started at {@code startedAt}: the course's session still scheduled on the same
     * clinic day, the nearest in time, becomes done (by {@code by}, at {@code at}); none when no session is booked
     * that day or the course has ended.
     */
    public Optional<ScheduledSession> attended(TreatmentCourse course, Instant startedAt, String by, Instant at) {
        if (!course.getStatus().open() || startedAt == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(startedAt, clinic.timeZone());
        Optional<ScheduledSession> booked = schedule.findByCourseIdOrderByScheduledAtAscIdAsc(course.getId()).stream()
                .filter(s -> s.getState() == SessionState.SCHEDULED)
                .filter(s -> LocalDate.ofInstant(s.getScheduledAt(), clinic.timeZone()).equals(day))
                .min(Comparator.comparing((ScheduledSession s) -> Duration.between(s.getScheduledAt(), startedAt).abs())
                        .thenComparing(ScheduledSession::getScheduledAt));
        booked.ifPresent(s -> {
            s.attended(by, at);
            schedule.saveAndFlush(s);
            followUp(course);
        });
        return booked;
    }

    /** After a booked session changed state: the course's next session is the earliest one still scheduled. */
    public void followUp(TreatmentCourse course) {
        Instant next = schedule.findByCourseIdOrderByScheduledAtAscIdAsc(course.getId()).stream()
                .filter(s -> s.getState() == SessionState.SCHEDULED).map(ScheduledSession::getScheduledAt)
                .findFirst().orElse(null);
        if (course.getStatus().open()) {
            course.scheduleNext(next);
            courses.saveAndFlush(course);
        }
    }
}
