package com.pathway.clinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.treatment.internal.CourseSchedule;
import com.pathway.clinic.treatment.internal.ScheduledSession;
import com.pathway.clinic.treatment.internal.ScheduledSessionRepository;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.TreatmentCourse;
import com.pathway.clinic.treatment.internal.TreatmentCourseRepository;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;

/**
 * The booked sessions of a lead's course and their attendance: scheduling, nothing clinical, for the
 * coordinators and clinicians who may see the lead. They mark a session done, missed or cancelled, move one
 * still booked, or book one more; marking a session missed gives the lead's coordinator a call to rebook it.
 * Every call opens the lead through its one read rule; every change is audited.
 */
@Service
@Transactional // not read-only: opening the lead is audited
public class SessionScheduleService {

    public static final String REBOOK_TASK = "Call to rebook a missed session";
    public static final String REBOOK_ORIGIN = "missed session";
    /** How far ahead a session may be booked or moved. */
    public static final int MAX_DAYS_AHEAD = 366;

    private final ScheduledSessionRepository schedule;
    private final TreatmentCourseRepository courses;
    private final CourseSchedule booking;
    private final LeadAudience leads;
    private final LeadRepository leadRows;
    private final TaskService tasks;
    private final TreatmentAudit audit;
    private final TreatmentProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SessionScheduleService(ScheduledSessionRepository schedule, TreatmentCourseRepository courses,
            CourseSchedule booking, LeadAudience leads, LeadRepository leadRows, TaskService tasks,
            TreatmentAudit audit, TreatmentProperties properties, CurrentUser currentUser, Clock clock) {
        this.schedule = schedule;
        this.courses = courses;
        this.booking = booking;
        this.leads = leads;
        this.leadRows = leadRows;
        this.tasks = tasks;
        this.audit = audit;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The booked sessions of the lead's newest course, earliest first (empty without a course or a template). */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN)
    public List<ScheduledSessionView> schedule(String key) {
        LeadRef lead = leads.open(key);
        return courses.findFirstByItemIdOrderByCreatedAtDescIdDesc(lead.itemId())
                .map(c -> schedule.findByCourseIdOrderByScheduledAtAscIdAsc(c.getId()).stream()
                        .map(ScheduledSession::view).toList())
                .orElse(List.of());
    }

    /**
     * Marks a booked session done, missed or cancelled, if it is still at {@code expectedVersion}; a session
     * already marked keeps its state. A missed one gives the lead's coordinator (or the intake team) a call.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN)
    public ScheduledSessionView mark(String key, long id, SessionState state, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        ScheduledSession session = booked(lead, id);
        TreatmentCourse course = openCourse(courses.findById(session.getCourseId()).orElseThrow(), "state");
        unchangedSince(session, expectedVersion, "marked");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        session.mark(state, me(), now);
        schedule.saveAndFlush(session);
        booking.followUp(course);
        audit.onLead(TreatmentAudit.SESSION_MARKED, lead.key(), "booking", session.getId(), "state", state.name());
        if (state == SessionState.MISSED) {
            String coordinator = leadRows.findById(lead.itemId()).map(Lead::getCoordinator)
                    .filter(c -> !c.isBlank()).orElse(null);
            tasks.createFor(lead.key(), new NewTask(REBOOK_TASK, TaskType.CALL,
                    now.plus(properties.followUpHours(), ChronoUnit.HOURS), coordinator), REBOOK_ORIGIN);
        }
        return session.view();
    }

    /**
     * Moves a session still booked to {@code at}, a time still to come within {@value #MAX_DAYS_AHEAD} days, if it
     * is still at {@code expectedVersion}; who moved it, when and from where are kept, the course's next session
     * follows, and the sessions are numbered again in their new order.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN)
    public ScheduledSessionView reschedule(String key, long id, Instant at, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        ScheduledSession session = booked(lead, id);
        TreatmentCourse course = openCourse(courses.findById(session.getCourseId()).orElseThrow(), "state");
        unchangedSince(session, expectedVersion, "changed");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        checkAhead(at, now);
        Instant from = session.getScheduledAt();
        session.moveTo(at, me(), now);
        schedule.saveAndFlush(session);
        booking.renumber(course);
        booking.followUp(course);
        audit.onLead(TreatmentAudit.SESSION_MOVED, lead.key(), "booking", session.getId(), "from", from.toString(),
                "to", at.toString());
        return session.view();
    }

    /**
     * Books one more session on the lead's open course at {@code at}, a time still to come within
     * {@value #MAX_DAYS_AHEAD} days (a missed session rebooked, an extra one); the course's plan stays as it is.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN)
    public ScheduledSessionView add(String key, Instant at) {
        LeadRef lead = leads.openForChange(key);
        TreatmentCourse course = courses.findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(lead.itemId(),
                EnumSet.of(CourseStatus.PLANNED, CourseStatus.ACTIVE)).orElseThrow(() -> InvalidInputException.of(
                        "course", lead.key() + " has no open treatment course; a clinician starts one first."));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (at == null || !at.isAfter(now)) {
            throw InvalidInputException.of("at", "Choose a time still to come for the new session.");
        }
        checkAhead(at, now);
        ScheduledSession added = booking.add(course, at);
        audit.onLead(TreatmentAudit.SESSION_BOOKED, lead.key(), "booking", added.getId(), "at", at.toString());
        return added.view();
    }

    /** A booked session of the lead. */
    private ScheduledSession booked(LeadRef lead, long id) {
        return schedule.findByIdAndItemKey(id, lead.key())
                .orElseThrow(() -> new NotFoundException("There is no booked session " + id + " on " + lead.key() + "."));
    }

    /** Refuses a change to a session someone else {@code did} something to since the caller read it. */
    private static void unchangedSince(ScheduledSession session, long expectedVersion, String did) {
        if (session.getVersion() != expectedVersion) {
            throw new ConflictException("Someone " + did + " this session meanwhile; reload it and try again.");
        }
    }

    private static TreatmentCourse openCourse(TreatmentCourse course, String field) {
        if (!course.getStatus().open()) {
            throw InvalidInputException.of(field, "This course is " + course.getStatus().label().toLowerCase()
                    + "; its sessions no longer change.");
        }
        return course;
    }

    private static void checkAhead(Instant at, Instant now) {
        if (at != null && at.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
            throw InvalidInputException.of("at", "Book the session within the coming year.");
        }
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
