package com.pathway.clinic.treatment.internal;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import com.pathway.clinic.treatment.SessionState;
import com.pathway.shared.ClinicProperties;

/**
 * Books a course's sessions from its template (the first at the time given, each next one the template's
 * interval later on the clinic's calendar, at the same local time), and keeps the course's "next session"
 * on the earliest session still scheduled.
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
        for (int n = 1; n <= template.getSessions(); n++) {
            schedule.save(new ScheduledSession(course.getId(), course.getItemId(), course.getItemKey(), n,
                    at.plusDays((long) (n - 1) * template.getIntervalDays()).toInstant()));
        }
        schedule.flush();
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
