package com.pathway.clinic.treatment.internal;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.springframework.stereotype.Component;

import com.pathway.clinic.treatment.CourseStatus;
import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;

/**
 * {@code treatment-complete-course}: the workflow step it runs on (in the shipped workflow "Complete
 * series", which also creates the follow-up check-ins) completes the lead's open treatment course. A lead
 * without an open course moves on all the same: clinics that keep courses elsewhere lose nothing.
 */
@Component
public class CompleteCourse implements PostFunction {

    public static final String ID = "treatment-complete-course";

    private final TreatmentCourseRepository courses;
    private final TreatmentAudit audit;

    public CompleteCourse(TreatmentCourseRepository courses, TreatmentAudit audit) {
        this.courses = courses;
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Complete the treatment course";
    }

    @Override
    public String description() {
        return "Marks the lead's open treatment course completed.";
    }

    @Override
    public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
        courses.findFirstByItemIdAndStatusInOrderByCreatedAtDescIdDesc(context.item().id(),
                EnumSet.of(CourseStatus.PLANNED, CourseStatus.ACTIVE)).ifPresent(course -> {
                    course.complete(context.actor(), context.now().truncatedTo(ChronoUnit.MICROS));
                    courses.saveAndFlush(course);
                    audit.onLead(TreatmentAudit.COURSE_COMPLETED, course.getItemKey(), "course", course.getId());
                });
    }
}
