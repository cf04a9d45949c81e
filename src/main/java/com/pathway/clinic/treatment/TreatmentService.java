package com.pathway.clinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.clinic.internal.ClinicWorkflowPlugin;
import com.pathway.clinic.treatment.internal.CompleteCourse;
import com.pathway.clinic.treatment.internal.CourseProgresses;
import com.pathway.clinic.treatment.internal.CourseSchedule;
import com.pathway.clinic.treatment.internal.CourseTemplate;
import com.pathway.clinic.treatment.internal.CourseTemplateRepository;
import com.pathway.clinic.treatment.internal.InfusionSessionRepository;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.TreatmentCourse;
import com.pathway.clinic.treatment.internal.TreatmentCourseRepository;
import com.pathway.clinic.treatment.internal.TreatmentOptionRepository;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.workflow.WorkflowDefinitions;

/**
 * A lead's treatment course: clinicians start one (at most one open per lead), book its next session and
 * stop it with a reason; the workflow step that runs the post-function {@code treatment-complete-course}
 * completes it (and, in the shipped workflow, creates the follow-up check-ins). Everyone who may see the
 * lead sees its progress, nothing clinical. Every call opens the lead through its one read rule first.
 */
@Service
@Transactional // not read-only: reads are audited
public class TreatmentService {

    public static final int MAX_PLANNED = 100;
    public static final int MAX_REASON = 500;
    private static final EnumSet<CourseStatus> OPEN = EnumSet.of(CourseStatus.PLANNED, CourseStatus.ACTIVE);

    private final TreatmentCourseRepository courses;
    private final InfusionSessionRepository sessions;
    private final TreatmentOptionRepository options;
    private final LeadAudience leads;
    private final WorkflowDefinitions workflows;
    private final TreatmentAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CourseTemplateRepository templates;
    private final CourseProgresses progresses;
    private final CourseSchedule schedule;
    private final ClinicProperties clinic;

    public TreatmentService(TreatmentCourseRepository courses, InfusionSessionRepository sessions,
            TreatmentOptionRepository options, LeadAudience leads, WorkflowDefinitions workflows,
            TreatmentAudit audit, CurrentUser currentUser, Clock clock, CourseTemplateRepository templates,
            CourseProgresses progresses, CourseSchedule schedule, ClinicProperties clinic) {
        this.templates = templates;
        this.progresses = progresses;
        this.schedule = schedule;
        this.clinic = clinic;
        this.courses = courses;
        this.sessions = sessions;
        this.options = options;
        this.leads = leads;
        this.workflows = workflows;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The lead's newest course (open or ended), if it has one; reading it is audited. */
    @PreAuthorize(Access.CLINICIAN)
    public Optional<CourseView> course(String key) {
        LeadRef lead = leads.open(key);
        Optional<CourseView> course = courses.findFirstByItemIdOrderByCreatedAtDescIdDesc(lead.itemId()).map(this::view);
        course.ifPresent(c -> audit.onLead(TreatmentAudit.COURSE_VIEWED, lead.key(), "course", c.id()));
        return course;
    }

    /** How far the lead's newest course has come, for everyone who may see the lead; nothing clinical. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public Optional<CourseProgress> progress(String key) {
        LeadRef lead = leads.open(key);
        return courses.findFirstByItemIdOrderByCreatedAtDescIdDesc(lead.itemId()).map(progresses::of);
    }

    /**
     * The progress of each of these leads' newest course (leads without a course are left out), for a list or
     * board the caller was just shown under the lead read rule; a few grouped queries whatever the number.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    @Transactional(readOnly = true)
    public Map<String, CourseProgress> progressOf(Collection<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        Map<String, TreatmentCourse> newest = new HashMap<>();
        courses.findByItemKeyInOrderByCreatedAtAscIdAsc(keys).forEach(c -> newest.put(c.getItemKey(), c));
        Map<String, CourseProgress> result = new HashMap<>();
        progresses.of(newest.values()).values().forEach(p -> result.put(p.leadKey(), p));
        return result;
    }

    /** Starts a course on the lead; refused while another is open, or with an indication not on the clinic's list. */
    @PreAuthorize(Access.CLINICIAN)
    public CourseView start(String key, NewCourse request) {
        LeadRef lead = leads.openForChange(key);
        NewCourse c = request == null ? new NewCourse(null, null, null, null) : request;
        return view(create(lead, c, null, new Validation()));
    }

    /**
     * Starts a course from one of the clinic's templates: it plans the template's infusions and books them,
     * the first at {@code firstSessionAt} and each next one the template's interval later.
     */
    @PreAuthorize(Access.CLINICIAN)
    public CourseView startFromTemplate(String key, TemplateCourse request) {
        LeadRef lead = leads.openForChange(key);
        TemplateCourse t = request == null ? new TemplateCourse(null, null, null) : request;
        Validation errors = new Validation();
        Optional<CourseTemplate> template = Optional.ofNullable(t.templateId()).flatMap(templates::findById)
                .filter(CourseTemplate::isActive);
        errors.check(template.isPresent(), "templateId", "Choose a course template from the clinic's list.");
        errors.check(t.firstSessionAt() != null, "firstSessionAt", "Enter when the first session is booked.");
        NewCourse c = new NewCourse(t.indication(), template.map(CourseTemplate::getSessions).orElse(1),
                t.firstSessionAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(t.firstSessionAt(), clinic.timeZone()),
                t.firstSessionAt());
        TreatmentCourse course = create(lead, c, template.orElse(null), errors);
        schedule.book(course, template.orElseThrow(), t.firstSessionAt());
        return view(course);
    }

    private TreatmentCourse create(LeadRef lead, NewCourse c, CourseTemplate template, Validation errors) {
        boolean known = c.indication() != null && options
                .findByKindAndActiveTrueOrderByPositionAscIdAsc(OptionKind.INDICATION).stream()
                .anyMatch(o -> o.getLabel().equals(c.indication()));
        errors.check(known, "indication", "Choose an indication from the clinic's list.");
        errors.check(c.plannedSessions() != null && c.plannedSessions() >= 1 && c.plannedSessions() <= MAX_PLANNED,
                "plannedSessions", "Plan between 1 and " + MAX_PLANNED + " infusions.");
        LocalDate today = LocalDate.now(clock);
        errors.check(c.startsOn() != null, "startsOn", "Enter the day the course starts.");
        errors.check(c.startsOn() == null || !c.startsOn().isBefore(today.minusYears(1)) && !c.startsOn().isAfter(today.plusYears(1)),
                "startsOn", "The course starts within a year of today.");
        checkNext(c.nextSessionAt(), template == null ? "nextSessionAt" : "firstSessionAt", errors);
        errors.throwIfInvalid();
        if (courses.findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(lead.itemId(), OPEN).isPresent()) {
            throw InvalidInputException.of("course", lead.key() + " already has an open course; complete or stop it first.");
        }
        TreatmentCourse course = courses.saveAndFlush(new TreatmentCourse(lead.itemId(), lead.key(), c.indication(),
                c.plannedSessions(), c.startsOn(), c.nextSessionAt(), template == null ? null : template.getName(),
                me(), now()));
        audit.onLead(TreatmentAudit.COURSE_STARTED, lead.key(), "course", course.getId(),
                "plannedSessions", course.getPlannedSessions(), "template", template == null ? null : template.getName());
        return course;
    }

    /** Books (or clears, with null) the open course's next session. */
    @PreAuthorize(Access.CLINICIAN)
    public CourseView scheduleNext(String key, Instant at, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        TreatmentCourse course = open(lead, expectedVersion);
        Validation errors = new Validation();
        checkNext(at, "nextSessionAt", errors);
        errors.throwIfInvalid();
        course.scheduleNext(at);
        courses.saveAndFlush(course);
        audit.onLead(TreatmentAudit.COURSE_CHANGED, lead.key(), "course", course.getId(), "change", "next session");
        return view(course);
    }

    /** Stops the open course early; the reason is required and kept with the course. */
    @PreAuthorize(Access.CLINICIAN)
    public CourseView stop(String key, String reason, long expectedVersion) {
        LeadRef lead = leads.openForChange(key);
        TreatmentCourse course = open(lead, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the course stops.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "A reason holds at most " + MAX_REASON + " characters.");
        }
        course.stop(reason.strip(), me(), now());
        courses.saveAndFlush(course);
        audit.onLead(TreatmentAudit.COURSE_STOPPED, lead.key(), "course", course.getId());
        return view(course);
    }

    /** The names of the workflow steps that complete a course (the transitions running {@code treatment-complete-course}). */
    @PreAuthorize(Access.CLINICIAN)
    public List<String> completingSteps() {
        return workflows.published(ClinicWorkflowPlugin.PROJECT).transitions().stream()
                .filter(t -> t.postFunctions().stream().anyMatch(r -> r.id().equals(CompleteCourse.ID)))
                .map(t -> t.name()).toList();
    }

    private TreatmentCourse open(LeadRef lead, long expectedVersion) {
        TreatmentCourse course = courses.findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(lead.itemId(), OPEN)
                .orElseThrow(() -> new NotFoundException(lead.key() + " has no open treatment course."));
        if (course.getVersion() != expectedVersion) {
            throw new ConflictException("Someone changed this course meanwhile; reload it and try again.");
        }
        return course;
    }

    private void checkNext(Instant at, String field, Validation errors) {
        Instant now = clock.instant();
        errors.check(at == null || (at.isAfter(now.minus(1, ChronoUnit.DAYS)) && at.isBefore(now.plus(366, ChronoUnit.DAYS))),
                field, "Book the next session within the coming year.");
    }

    CourseView view(TreatmentCourse c) {
        int signed = (int) sessions.countByCourseIdAndSignedAtIsNotNull(c.getId());
        return new CourseView(c.getId(), c.getItemKey(), c.getIndication(), c.getPlannedSessions(), signed,
                c.getTemplate(), c.getStartsOn(), c.getStatus(), c.getStopReason(), c.getNextSessionAt(), c.getCreatedBy(),
                c.getCreatedAt(), c.getEndedBy(), c.getEndedAt(), c.getVersion());
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
