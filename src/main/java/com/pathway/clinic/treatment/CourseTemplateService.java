package com.pathway.clinic.treatment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.treatment.internal.CourseTemplate;
import com.pathway.clinic.treatment.internal.CourseTemplateRepository;
import com.pathway.clinic.treatment.internal.TemplatePhase;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.security.Access;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/**
 * The clinic's course templates: shipped defaults that are the clinic's own to change, retire or add to.
 * A template is an ordered list of phases (induction, then maintenance, ...). Clinicians start courses from
 * the active ones; a change applies to courses started afterwards.
 */
@Service
@Transactional
public class CourseTemplateService {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;
    public static final int MAX_INTERVAL_DAYS = 90;
    public static final int MAX_START_AFTER_DAYS = 365;
    public static final int MAX_PHASES = 10;

    private final CourseTemplateRepository templates;
    private final TreatmentAudit audit;

    public CourseTemplateService(CourseTemplateRepository templates, TreatmentAudit audit) {
        this.templates = templates;
        this.audit = audit;
    }

    /** The templates a course may start from now, in the clinic's order. */
    @PreAuthorize(Access.CLINICIAN_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<TemplateView> choices() {
        return templates.findByActiveTrueOrderByPositionAscIdAsc().stream().map(CourseTemplate::view).toList();
    }

    /** Every template, retired ones too, for the administrator's page. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<TemplateView> all() {
        return templates.findAllByOrderByPositionAscIdAsc().stream().map(CourseTemplate::view).toList();
    }

    @PreAuthorize(Access.ADMIN)
    public TemplateView add(TemplateEdit edit) {
        TemplateEdit e = checked(edit, null);
        CourseTemplate saved = templates.saveAndFlush(new CourseTemplate(e.name(), e.description(), phases(e),
                templates.lastPosition() + 1));
        audit.template(saved.getName(), "added");
        return saved.view();
    }

    @PreAuthorize(Access.ADMIN)
    public TemplateView change(long id, TemplateEdit edit) {
        CourseTemplate template = find(id);
        TemplateEdit e = checked(edit, id);
        String before = template.view().name() + " (" + template.view().plan() + ")";
        template.change(e.name(), e.description(), phases(e));
        templates.saveAndFlush(template);
        audit.template(template.getName(), "changed from " + before);
        return template.view();
    }

    @PreAuthorize(Access.ADMIN)
    public TemplateView setActive(long id, boolean active) {
        CourseTemplate template = find(id);
        template.setActive(active);
        templates.saveAndFlush(template);
        audit.template(template.getName(), active ? "offered again" : "retired");
        return template.view();
    }

    private CourseTemplate find(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("There is no course template " + id + "."));
    }

    private static List<TemplatePhase> phases(TemplateEdit checked) {
        return checked.phases().stream().map(p -> new TemplatePhase(p.name(), p.sessions(), p.intervalDays(),
                p.startAfterDays())).toList();
    }

    /**
     * The edit with its text tidied, or every problem at once: on the template's fields and on each phase's
     * ({@code phases[1].startAfterDays}); a blank phase name becomes "Phase n".
     */
    private TemplateEdit checked(TemplateEdit edit, Long self) {
        TemplateEdit e = edit == null ? new TemplateEdit(null, null, List.of()) : edit;
        String name = tidy(e.name());
        String description = e.description() == null || e.description().isBlank() ? null : e.description().strip();
        Validation errors = new Validation();
        errors.check(!name.isEmpty(), "name", "Enter the template's name.");
        errors.check(name.length() <= MAX_NAME, "name", "A name holds at most " + MAX_NAME + " characters.");
        errors.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                "A description holds at most " + MAX_DESCRIPTION + " characters.");
        List<TemplateEdit.PhaseEdit> given = e.phases() == null ? List.of() : e.phases();
        errors.check(!given.isEmpty(), "phases", "Give the template at least one phase.");
        errors.check(given.size() <= MAX_PHASES, "phases", "A template has at most " + MAX_PHASES + " phases.");
        List<TemplateEdit.PhaseEdit> phases = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < given.size(); i++) {
            TemplateEdit.PhaseEdit p = given.get(i) == null ? new TemplateEdit.PhaseEdit(null, null, null, null)
                    : given.get(i);
            String field = "phases[" + i + "].";
            String phaseName = tidy(p.name()).isEmpty() ? "Phase " + (i + 1) : tidy(p.name());
            errors.check(phaseName.length() <= MAX_NAME, field + "name",
                    "A phase's name holds at most " + MAX_NAME + " characters.");
            errors.check(p.sessions() != null && p.sessions() >= 1 && p.sessions() <= TreatmentService.MAX_PLANNED,
                    field + "sessions", "Plan between 1 and " + TreatmentService.MAX_PLANNED + " infusions.");
            errors.check(p.intervalDays() != null && p.intervalDays() >= 1 && p.intervalDays() <= MAX_INTERVAL_DAYS,
                    field + "intervalDays", "Sessions are between 1 and " + MAX_INTERVAL_DAYS + " days apart.");
            Integer startAfter = i == 0 ? null : p.startAfterDays();
            errors.check(i == 0 || startAfter != null && startAfter >= 1 && startAfter <= MAX_START_AFTER_DAYS,
                    field + "startAfterDays", "This phase starts between 1 and " + MAX_START_AFTER_DAYS
                            + " days after the previous phase's last session.");
            total += p.sessions() == null ? 0 : p.sessions();
            phases.add(new TemplateEdit.PhaseEdit(phaseName, p.sessions(), p.intervalDays(), startAfter));
        }
        errors.check(total <= TreatmentService.MAX_PLANNED, "phases",
                "All phases together plan at most " + TreatmentService.MAX_PLANNED + " infusions.");
        errors.throwIfInvalid();
        templates.findByNameIgnoreCase(name).filter(t -> !t.getId().equals(self)).ifPresent(t -> {
            throw new ConflictException("There is already a template named \"" + t.getName() + "\".");
        });
        return new TemplateEdit(name, description, List.copyOf(phases));
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
