package com.pathway.clinic.treatment.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.CourseView;
import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.NewCourse;
import com.pathway.clinic.treatment.ScheduledSessionView;
import com.pathway.clinic.treatment.SessionScheduleService;
import com.pathway.clinic.treatment.SessionState;
import com.pathway.clinic.treatment.TemplateCourse;
import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.web.IfMatch;

/**
 * A lead's treatment course and infusion sessions over REST, with the rules of {@link TreatmentService}
 * and {@link InfusionService}: clinicians read and write them; everyone who may see the lead reads the
 * course's progress; coordinators and clinicians read the booked sessions, mark their attendance, move one
 * still booked and book one more.
 * Changes to a course, a draft session or a booked session name the version they change in {@code If-Match}
 * (the {@code version} of the record read). A lead the caller may not read is 404.
 */
@RestController
@RequestMapping("/api/v1/leads/{key}")
public class TreatmentApiController {

    private final TreatmentService courses;
    private final InfusionService sessions;
    private final SessionScheduleService schedule;

    public TreatmentApiController(TreatmentService courses, InfusionService sessions, SessionScheduleService schedule) {
        this.courses = courses;
        this.sessions = sessions;
        this.schedule = schedule;
    }

    /** The state a booked session is marked with: DONE, MISSED or CANCELLED. */
    public record MarkBody(SessionState state) {
    }

    /** When a booked session takes place: a time still to come (ISO-8601, e.g. {@code 2026-12-09T15:00:00Z}). */
    public record BookingBody(Instant at) {
    }

    /** Why a course stops. */
    public record StopBody(String reason) {
    }

    /** When the next session is booked; null clears it. */
    public record NextSessionBody(Instant at) {
    }

    /** An addendum's text. */
    public record AddendumBody(String text) {
    }

    @GetMapping("/course")
    public CourseView course(@PathVariable String key) {
        return courses.course(key).orElseThrow(() -> new NotFoundException(key + " has no treatment course."));
    }

    @GetMapping("/course/progress")
    public CourseProgress progress(@PathVariable String key) {
        return courses.progress(key).orElseThrow(() -> new NotFoundException(key + " has no treatment course."));
    }

    @PostMapping("/course")
    public ResponseEntity<CourseView> start(@PathVariable String key, @RequestBody(required = false) NewCourse body) {
        CourseView course = courses.start(key, body);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + course.leadKey() + "/course")).body(course);
    }

    @PostMapping("/course/from-template")
    public ResponseEntity<CourseView> startFromTemplate(@PathVariable String key,
            @RequestBody(required = false) TemplateCourse body) {
        CourseView course = courses.startFromTemplate(key, body);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + course.leadKey() + "/course")).body(course);
    }

    @GetMapping("/course/schedule")
    public List<ScheduledSessionView> schedule(@PathVariable String key) {
        return schedule.schedule(key);
    }

    @PostMapping("/course/schedule/{id}/state")
    public ScheduledSessionView mark(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) MarkBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return schedule.mark(key, id, body == null ? null : body.state(), version(ifMatch));
    }

    /** Books one more session on the open course; 422 on {@code at} for a time gone by. */
    @PostMapping("/course/schedule")
    public ResponseEntity<ScheduledSessionView> book(@PathVariable String key,
            @RequestBody(required = false) BookingBody body) {
        ScheduledSessionView added = schedule.add(key, body == null ? null : body.at());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + added.leadKey() + "/course/schedule")).body(added);
    }

    /** Moves a session still booked; 422 on {@code at} for a time gone by, on {@code state} for a session marked. */
    @PostMapping("/course/schedule/{id}/reschedule")
    public ScheduledSessionView reschedule(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) BookingBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return schedule.reschedule(key, id, body == null ? null : body.at(), version(ifMatch));
    }

    @PutMapping("/course/next-session")
    public CourseView nextSession(@PathVariable String key, @RequestBody(required = false) NextSessionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return courses.scheduleNext(key, body == null ? null : body.at(), version(ifMatch));
    }

    @PostMapping("/course/stop")
    public CourseView stop(@PathVariable String key, @RequestBody(required = false) StopBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return courses.stop(key, body == null ? null : body.reason(), version(ifMatch));
    }

    @GetMapping("/sessions")
    public List<SessionView> sessions(@PathVariable String key) {
        return sessions.sessions(key);
    }

    @GetMapping("/sessions/{id}")
    public SessionView session(@PathVariable String key, @PathVariable long id) {
        return sessions.session(key, id);
    }

    @PostMapping("/sessions")
    public ResponseEntity<SessionView> record(@PathVariable String key, @RequestBody(required = false) SessionForm body) {
        SessionView session = sessions.record(key, body);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + session.leadKey() + "/sessions/" + session.id()))
                .body(session);
    }

    @PutMapping("/sessions/{id}")
    public SessionView update(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) SessionForm body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sessions.update(key, id, body, version(ifMatch));
    }

    @PostMapping("/sessions/{id}/sign")
    public SessionView sign(@PathVariable String key, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sessions.sign(key, id, version(ifMatch));
    }

    @PostMapping("/sessions/{id}/addenda")
    public ResponseEntity<SessionView> addendum(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) AddendumBody body) {
        SessionView session = sessions.addAddendum(key, id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + session.leadKey() + "/sessions/" + session.id()))
                .body(session);
    }

    /** The version in an {@code If-Match} header: the {@code version} of the course or session read. */
    static long version(String ifMatch) {
        return IfMatch.version(ifMatch, "record");
    }
}
