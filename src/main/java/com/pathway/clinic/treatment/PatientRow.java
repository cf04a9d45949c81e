package com.pathway.clinic.treatment;

import java.time.Instant;
import java.util.List;

/**
 * One row of a clinician's My patients: the lead, its status, its newest course's progress (null without
 * a course), the next booked session, and the moderate or severe side effects of its latest signed session
 * ("Nausea (moderate)").
 */
public record PatientRow(String key, String name, String status, CourseProgress progress,
        List<String> notableSideEffects) {
}
