package com.pathway.clinic;

import java.time.LocalDate;

/**
 * What is known so far of a person, to look for leads that may be the same person. Every part is
 * optional; phones may be written in any usual form.
 *
 * @param excludeKey a lead not to list (the one being edited or shown)
 */
public record DuplicateProbe(String firstName, String lastName, LocalDate dateOfBirth, String phone, String altPhone,
        String email, String excludeKey) {

    public static DuplicateProbe of(LeadForm form, String excludeKey) {
        return new DuplicateProbe(form.firstName(), form.lastName(), form.dateOfBirth(), form.phone(), form.altPhone(),
                form.email(), excludeKey);
    }
}
