package com.pathway.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A lead that may be the same person as a probe, and why. */
public record DuplicateCandidate(String key, String firstName, String lastName, LocalDate dateOfBirth, String phone,
        String email, String status, Instant createdAt, Set<DuplicateReason> reasons) {

    public DuplicateCandidate {
        reasons = Set.copyOf(reasons);
    }
}
