package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * A course to start from one of the clinic's templates: its indication from the clinic's list, the
 * template, and when the first session is booked; the template books the others.
 */
public record TemplateCourse(String indication, Long templateId, Instant firstSessionAt) {
}
