package com.pathway.clinic.treatment;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.treatment.internal.CourseTemplate;
import com.pathway.clinic.treatment.internal.CourseTemplateRepository;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.security.Access;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/**
 * The clinic's course templates: shipped defaults that are the clinic's own to change, retire or add to.
 * Clinicians start courses from the active ones; a change applies to courses started afterwards.
 */
@Service
@Transactional
public class CourseTemplateService {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;
    public static final int MAX_INTERVAL_DAYS = 90;

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
        CourseTemplate saved = templates.saveAndFlush(new CourseTemplate(e.name(), e.description(), e.sessions(),
                e.intervalDays(), templates.lastPosition() + 1));
        audit.template(saved.getName(), "added");
        return saved.view();
    }

    @PreAuthorize(Access.ADMIN)
    public TemplateView change(long id, TemplateEdit edit) {
        CourseTemplate template = find(id);
        TemplateEdit e = checked(edit, id);
        String before = template.view().name() + " (" + template.view().plan() + ")";
        template.change(e.name(), e.description(), e.sessions(), e.intervalDays());
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

    private TemplateEdit checked(TemplateEdit edit, Long self) {
        TemplateEdit e = edit == null ? new TemplateEdit(null, null, null, null) : edit;
        String name = e.name() == null ? "" : e.name().strip().replaceAll("\\s+", " ");
        String description = e.description() == null || e.description().isBlank() ? null : e.description().strip();
        Validation errors = new Validation();
        errors.check(!name.isEmpty(), "name", "Enter the template's name.");
        errors.check(name.length() <= MAX_NAME, "name", "A name holds at most " + MAX_NAME + " characters.");
        errors.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                "A description holds at most " + MAX_DESCRIPTION + " characters.");
        errors.check(e.sessions() != null && e.sessions() >= 1 && e.sessions() <= TreatmentService.MAX_PLANNED,
                "sessions", "Plan between 1 and " + TreatmentService.MAX_PLANNED + " infusions.");
        errors.check(e.intervalDays() != null && e.intervalDays() >= 1 && e.intervalDays() <= MAX_INTERVAL_DAYS,
                "intervalDays", "Sessions are between 1 and " + MAX_INTERVAL_DAYS + " days apart.");
        errors.throwIfInvalid();
        templates.findByNameIgnoreCase(name).filter(t -> !t.getId().equals(self)).ifPresent(t -> {
            throw new ConflictException("There is already a template named \"" + t.getName() + "\".");
        });
        return new TemplateEdit(name, description, e.sessions(), e.intervalDays());
    }
}
