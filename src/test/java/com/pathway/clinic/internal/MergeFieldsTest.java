package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;

/** How a merge combines two lead forms, and which field changes an edit makes. */
class MergeFieldsTest {

    private static final Consent OLD_GRANT = new Consent(Instant.parse("2026-01-05T10:00:00Z"), "phone call");
    private static final Consent NEW_GRANT = new Consent(Instant.parse("2026-12-01T09:00:00Z"), "web form");

    private static LeadForm survivor() {
        return new LeadForm("Wren", "Abernathy", null, LocalDate.of(1979, 8, 23), "+12025550170", null, "",
                null, null, LeadSource.REFERRAL, null, null, null, 7L, "depression", "Aetna", false, OLD_GRANT, null,
                null, OLD_GRANT, List.of("vip"), LeadPriority.HIGH, "intake", null, "First call.");
    }

    private static LeadForm other() {
        return new LeadForm("Wren", "Abernathy", "Wrenny", null, "+12025550171", "+12025550172", "w@example.org",
                null, null, LeadSource.WEB_FORM, "google", null, null, null, null, null, true, NEW_GRANT, NEW_GRANT,
                null, null, List.of(), LeadPriority.NORMAL, null, null, "Please call me back.");
    }

    @Test
    void withoutChoicesTheSurvivorKeepsItsValuesAndFillsOnlyItsGapsConsentsIncluded() {
        assertThat(MergeFields.merged(survivor(), other(), Set.of(), Set.of())).isEqualTo(new LeadForm("Wren",
                "Abernathy", "Wrenny", LocalDate.of(1979, 8, 23), "+12025550170", "+12025550172", "w@example.org",
                null, null, LeadSource.REFERRAL, "google", null, null, 7L, "depression", "Aetna", false, OLD_GRANT,
                NEW_GRANT, null, OLD_GRANT, List.of("vip"), LeadPriority.HIGH, "intake", null, "First call."));
    }

    @Test
    void chosenFieldsTakeTheOthersValueAndOnlyNamedFieldsAreEmptied() {
        LeadForm merged = MergeFields.merged(survivor(), other(), Set.of("phone", "phoneConsent", "selfPay"),
                Set.of("payer", "tags", "preferredName"));

        assertThat(merged.phone()).isEqualTo("+12025550171");
        assertThat(merged.phoneConsent()).isEqualTo(NEW_GRANT);
        assertThat(merged.selfPay()).isTrue();
        assertThat(merged.payer()).isNull();
        assertThat(merged.tags()).isEmpty();
        assertThat(merged.preferredName()).as("emptied although the other has one").isNull();
        assertThat(merged.dateOfBirth()).isEqualTo(LocalDate.of(1979, 8, 23));
    }

    @Test
    void consentsAndFieldsALeadAlwaysHasMayNotBeEmptied() {
        assertThat(MergeFields.names()).filteredOn(MergeFields::mayEmpty).doesNotContain("phoneConsent",
                "smsConsent", "emailConsent", "privacyNotice", "firstName", "lastName", "source", "selfPay", "priority")
                .contains("dateOfBirth", "payer", "referrerId", "coordinator", "message", "email");
    }

    @Test
    void anEditChangesOnlyFieldsWhoseValueDiffersBlankAndMissingBeingTheSame() {
        LeadForm before = survivor();
        LeadForm typed = new LeadForm("Wren", "Abernathy", "", LocalDate.of(1979, 8, 23), "+12025550170", "", null,
                null, "", LeadSource.REFERRAL, null, null, null, 7L, "depression", "Cigna", false, OLD_GRANT, null,
                null, OLD_GRANT, List.of("vip"), LeadPriority.HIGH, "intake", null, "First call.");

        assertThat(MergeFields.changed(before, typed)).containsExactly("payer");
    }
}
