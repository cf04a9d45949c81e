package com.pathway.demo.internal;

import java.time.LocalDate;

import com.pathway.clinic.ContactMethod;

/** A clearly fictional person: common names, e-mail at example domains, phones in the 555-01xx range. */
public record Person(String firstName, String lastName, LocalDate dateOfBirth, String phone, String altPhone,
        String email, ContactMethod preferredContact, String preferredContactTime) {
}
