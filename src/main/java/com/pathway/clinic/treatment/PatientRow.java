package com.pathway.clinic.treatment;

import java.time.Instant;
import java.util.List;

import com.pathway.clinic.outcomes.LatestScore;

/**
 * One row of a clinician's My patients: the lead, its status, its newest course's progress (null without
 * a course), the next booked session, and the moderate or severe side effects of its latest signed session
 * ("Nausea (moderate)"), and the latest PHQ-9 / GAD-7 / PCL-5 totals with their change since the baseline.
 */
public record PatientRow(String key, String name, String status, CourseProgress progress,
        List<String> notableSideEffects, List<LatestScore> scores) {
}
