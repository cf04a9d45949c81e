package com.pathway.clinic.treatment;

/** A course template as an administrator enters it. */
public record TemplateEdit(String name, String description, Integer sessions, Integer intervalDays) {
}
