package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;

/** What a set-aside inquiry's audit entry names as changed: fields by name, a blank and nothing counting alike. */
class ChangedFieldsTest {

    private static final Consent GIVEN = new Consent(Instant.parse("2026-12-07T06:00:00Z"), "web form");

    private static LeadForm form(String lastName, LocalDate born, String contactTime, List<String> tags) {
        return new LeadForm("Rowan", lastName, null, born, "+12025550148", null, "rowan@example.org",
                ContactMethod.PHONE, contactTime, LeadSource.WEB_FORM, "google", "cpc", "autumn", null, "depression",
                null, false, GIVEN, null, GIVEN, GIVEN, tags, LeadPriority.NORMAL, null, null, "Please call.");
    }

    @Test
    void theSameFormWithBlanksForNothingChangesNothing() {
        assertThat(InquiryInbox.changedFields(form("Ashdown", null, null, null),
                form("Ashdown", null, " ", List.of()))).isEmpty();
    }

    @Test
    void eachChangedFieldIsNamed() {
        assertThat(InquiryInbox.changedFields(form("Ashdown", LocalDate.of(1979, 3, 14), null, List.of()),
                form("Ashdown-Ruiz", LocalDate.of(1979, 4, 14), "mornings", List.of("spanish"))))
                .containsExactly("lastName", "dateOfBirth", "preferredContactTime", "tags");
    }
}
