package com.pathway.clinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.clinic.treatment.internal.CourseSchedule;
import com.pathway.clinic.treatment.internal.InfusionSession;
import com.pathway.clinic.treatment.internal.InfusionSessionRepository;
import com.pathway.clinic.treatment.internal.SessionRules;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.TreatmentCourse;
import com.pathway.clinic.treatment.internal.TreatmentCourseRepository;
import com.pathway.clinic.treatment.internal.TreatmentOption;
import com.pathway.clinic.treatment.internal.TreatmentOptionRepository;
import com.pathway.clinic.treatment.internal.VitalThresholds;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.security.StaffMember;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/**
 * Infusion session records, clinicians only: a draft recorded during the session (dose steps, vitals, side
 * effects, observation), changed while a draft, then signed and locked; a correction after signing is an
 * addendum. Every call opens the lead through its one read rule; every read and write is audited. The
 * checks ({@link SessionRules}) catch typing errors and never judge a dose.
 */
@Service
@Transactional // not read-only: reads are audited
public class InfusionService {

    public static final int MAX_ADDENDUM = 4000;

    private final InfusionSessionRepository sessions;
    private final TreatmentCourseRepository courses;
    private final TreatmentOptionRepository options;
    private final LeadAudience leads;
    private final StaffDirectory staff;
    private final TreatmentAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final VitalThresholds ranges;
    private final CourseSchedule booking;

    public InfusionService(InfusionSessionRepository sessions, TreatmentCourseRepository courses,
            TreatmentOptionRepository options, LeadAudience leads, StaffDirectory staff, TreatmentAudit audit,
            CurrentUser currentUser, Clock clock, VitalThresholds ranges, CourseSchedule booking) {
        this.ranges = ranges;
        this.booking = booking;
        this.sessions = sessions;
        this.courses = courses;
        this.options = options;
        this.leads = leads;
        this.staff = staff;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sessions of the lead's newest course, in the order given. */
    @PreAuthorize(Access.CLINICIAN)
    public List<SessionView> sessions(String key) {
        LeadRef lead = leads.open(key);
        return courses.findFirstByItemIdOrderByCreatedAtDescIdDesc(lead.itemId()).map(course -> {
            List<InfusionSession> all = sessions.findByCourseIdOrderByStartedAtAscIdAsc(course.getId());
            if (!all.isEmpty()) {
                audit.onLead(TreatmentAudit.SESSION_VIEWED, lead.key(), "sessions",
                        all.stream().map(s -> String.valueOf(s.getId())).collect(Collectors.joining(",")));
            }
            VitalRanges current = ranges.current();
            return IntStream.range(0, all.size()).mapToObj(i -> all.get(i).view(i + 1, current)).toList();
        }).orElse(List.of());
    }

    /** One session for its printable summary; the read is audited as a summary shown for printing. */
    @PreAuthorize(Access.CLINICIAN)
    public SessionView summary(String key, long id) {
        LeadRef lead = leads.open(key);
        InfusionSession session = find(lead, id);
        audit.onLead(TreatmentAudit.SUMMARY_PRINTED, lead.key(), "session", id);
        return view(session);
    }

    @PreAuthorize(Access.CLINICIAN)
    public SessionView session(String key, long id) {
        LeadRef lead = leads.open(key);
        InfusionSession session = find(lead, id);
        audit.onLead(TreatmentAudit.SESSION_VIEWED, lead.key(), "sessions", String.valueOf(id));
        return view(session);
    }

    /** Records a session of the lead's open course as a draft; the course becomes active. */
    @PreAuthorize(Access.CLINICIAN)
    public SessionView record(String key, SessionForm form) {
        LeadRef lead = leads.openForChange(key);
        TreatmentCourse course = courses.findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(lead.itemId(),
                EnumSet.of(CourseStatus.PLANNED, CourseStatus.ACTIVE)).orElseThrow(() -> InvalidInputException.of(
                        "course", "Start a treatment course on " + lead.key() + " before recording a session."));
        SessionForm checked = checked(form);
        StaffMember giver = giver(checked.staff());
        StaffMember discharger = discharger(checked.dischargedBy());
        InfusionSession session = new InfusionSession(course.getId(), lead.itemId(), lead.key(), me(), now());
        session.record(checked, giver.username(), giver.displayName(), discharger == null ? null : discharger.username(),
                discharger == null ? null : discharger.displayName());
        session = sessions.saveAndFlush(session);
        if (course.getStatus() == CourseStatus.PLANNED) {
            course.sessionRecorded();
            courses.saveAndFlush(course);
        }
        audit.onLead(TreatmentAudit.SESSION_RECORDED, lead.key(), "session", session.getId());
        return view(session);
    }

    /** Replaces a draft's content; refused once signed, or when someone saved it meanwhile. */
    @PreAuthorize(Access.CLINICIAN)
    public SessionView update(String key, long id, SessionForm form, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        InfusionSession session = current(find(lead, id), expectedVersion);
        SessionForm checked = checked(form);
        StaffMember giver = giver(checked.staff());
        StaffMember discharger = discharger(checked.dischargedBy());
        session.record(checked, giver.username(), giver.displayName(), discharger == null ? null : discharger.username(),
                discharger == null ? null : discharger.displayName());
        session = sessions.saveAndFlush(session);
        audit.onLead(TreatmentAudit.SESSION_CHANGED, lead.key(), "session", session.getId());
        return view(session);
    }

    /**
     * Signs a draft: it must be complete (an end, a dose step) and still pass every check; then it is locked. The
     * course's session booked for that clinic day (the nearest one still scheduled) is marked done in the same
     * transaction; when none is booked that day, nothing is marked.
     */
    @PreAuthorize(Access.CLINICIAN)
    public SessionView sign(String key, long id, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        InfusionSession session = current(find(lead, id), expectedVersion);
        if (session.isSigned()) {
            throw InvalidInputException.of("session", "This session is already signed.");
        }
        SessionForm form = session.form();
        Validation errors = SessionRules.checkSignable(form);
        errors.throwIfInvalid();
        session.sign(me(), currentUser.displayName(), now());
        session = sessions.saveAndFlush(session);
        audit.onLead(TreatmentAudit.SESSION_SIGNED, lead.key(), "session", session.getId());
        Instant startedAt = session.getStartedAt();
        courses.findById(session.getCourseId())
                .flatMap(course -> booking.attended(course, startedAt, me(), now()))
                .ifPresent(booked -> audit.onLead(TreatmentAudit.SESSION_MARKED, lead.key(), "booking", booked.getId(),
                        "state", SessionState.DONE.name(), "by", "signed session record"));
        return view(session);
    }

    /** Adds a correction to a signed session; the signed record stays as it was. */
    @PreAuthorize(Access.CLINICIAN)
    public SessionView addAddendum(String key, long id, String text) {
        LeadRef lead = leads.openForChange(key);
        InfusionSession session = find(lead, id);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "Write the addendum's text.");
        }
        if (text.strip().length() > MAX_ADDENDUM) {
            throw InvalidInputException.of("text", "An addendum holds at most " + MAX_ADDENDUM + " characters.");
        }
        session.addAddendum(text.strip(), me(), currentUser.displayName(), now());
        session = sessions.saveAndFlush(session);
        audit.onLead(TreatmentAudit.SESSION_ADDENDUM, lead.key(), "session", session.getId());
        return view(session);
    }

    /** The clinic's vital-sign ranges, which the session form marks readings against as they are typed. */
    @PreAuthorize(Access.CLINICIAN)
    @Transactional(readOnly = true)
    public VitalRanges vitalRanges() {
        return ranges.current();
    }

    /** Clinicians who may be named as having given a session. */
    @PreAuthorize(Access.CLINICIAN)
    public List<StaffMember> staff() {
        return staff.active(Set.of(Role.CLINICIAN), "", StaffDirectory.MAX_RESULTS);
    }

    private SessionForm checked(SessionForm form) {
        if (form == null) {
            throw InvalidInputException.of("startedAt", "Send the session's record.");
        }
        Set<String> known = options.findByKindAndActiveTrueOrderByPositionAscIdAsc(OptionKind.SIDE_EFFECT).stream()
                .map(TreatmentOption::getLabel).collect(Collectors.toSet());
        Set<String> routes = options.findByKindAndActiveTrueOrderByPositionAscIdAsc(OptionKind.ROUTE).stream()
                .map(TreatmentOption::getLabel).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        SessionForm named = form;
        if (form.dischargedAt() != null && (form.dischargedBy() == null || form.dischargedBy().isBlank())) {
            // like "given by": the signed-in clinician discharged unless someone else is named
            named = new SessionForm(form.startedAt(), form.endedAt(), form.staff(), form.doseSteps(), form.vitals(),
                    form.sideEffects(), form.observation(), form.recoveredAt(), form.dischargedAt(), me());
        }
        SessionRules.check(named, known, routes, clock.instant()).throwIfInvalid();
        return named;
    }

    /** Who gave the session: the signed-in clinician unless another active clinician is named. */
    private StaffMember giver(String username) {
        String name = username == null || username.isBlank() ? me() : username.strip();
        return staff.active(name).filter(m -> m.hasRole(Role.CLINICIAN)).orElseThrow(() -> InvalidInputException.of(
                "staff", "There is no active clinician " + name + "; name the doctor or nurse who gave the session."));
    }

    /** Who discharged the patient, if anyone is named yet: an active clinician. */
    private StaffMember discharger(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String name = username.strip();
        return staff.active(name).filter(m -> m.hasRole(Role.CLINICIAN)).orElseThrow(() -> InvalidInputException.of(
                "dischargedBy", "There is no active clinician " + name + "; name the clinician who discharged the patient."));
    }

    private InfusionSession find(LeadRef lead, long id) {
        return sessions.findByIdAndItemKey(id, lead.key()).orElseThrow(() -> {
            if (sessions.existsById(id)) {
                audit.denied(lead.key(), id);
            }
            return new NotFoundException("There is no session " + id + " on " + lead.key() + ".");
        });
    }

    private static InfusionSession current(InfusionSession session, long expectedVersion) {
        if (session.getVersion() != expectedVersion) {
            throw new ConflictException("Someone saved this session meanwhile; reload it and try again.");
        }
        return session;
    }

    private SessionView view(InfusionSession session) {
        List<InfusionSession> all = sessions.findByCourseIdOrderByStartedAtAscIdAsc(session.getCourseId());
        int number = 1 + (int) all.stream().takeWhile(s -> !s.getId().equals(session.getId())).count();
        return session.view(number, ranges.current());
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
