package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.shared.InvalidInputException;

class LeadFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final LeadForms forms = new LeadForms(new PhoneNumbers("US"), List.of("depression", "PTSD", "other"));

    private LeadForm form(String first, String last, String phone, String email) {
        return LeadForm.of(first, last, phone, email, LeadSource.PHONE);
    }

    private InvalidInputException invalid(LeadForm form) {
        try {
            forms.check(form, TODAY, id -> id == 1L);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("The form was accepted");
    }

    @Test
    void storesPhonesInE164AndTheConditionInTheClinicsSpelling() {
        LeadForm f = new LeadForm(" Ana ", "Lee", null, null, "(202) 555-0143", "202 555 0144", " ana@example.org ",
                null, null, LeadSource.REFERRAL, null, null, null, 1L, "ptsd", null, false, null, null, null, null,
                List.of(" calm "), null, " Clinician ", null, null);

        LeadForm checked = forms.check(f, TODAY, id -> id == 1L);

        assertThat(checked.firstName()).isEqualTo(" Ana ");
        assertThat(checked.phone()).isEqualTo("+12025550143");
        assertThat(checked.altPhone()).isEqualTo("+12025550144");
        assertThat(checked.email()).isEqualTo("ana@example.org");
        assertThat(checked.conditionOfInterest()).isEqualTo("PTSD");
        assertThat(checked.tags()).containsExactly("calm");
        assertThat(checked.coordinator()).isEqualTo("clinician");
    }

    @Test
    void needsANameAndAPhoneOrAnEmail() {
        assertThat(invalid(form(" ", null, null, null)).fieldErrors()).containsOnlyKeys("firstName", "lastName", "phone");
        assertThat(forms.check(form("A", "B", null, "a@example.org"), TODAY, id -> false).email()).isEqualTo("a@example.org");
        assertThat(forms.check(form("A", "B", "2025550143", null), TODAY, id -> false).phone()).isEqualTo("+12025550143");
    }

    @Test
    void namesHaveAtMostOneHundredCharacters() {
        assertThat(forms.check(form("A".repeat(100), "B", null, "a@example.org"), TODAY, id -> false)).isNotNull();
        assertThat(invalid(form("A".repeat(101), "B", null, "a@example.org")).fieldErrors()).containsOnlyKeys("firstName");
    }

    @Test
    void reportsEveryProblemTogether() {
        LeadForm f = new LeadForm("A", "B", "p".repeat(101), TODAY.plusDays(1), "12", "34", "a@b", null,
                "t".repeat(101), null, "s".repeat(101), null, null, 2L, "flu", "p".repeat(101), false,
                new Consent(null, "phone"), new Consent(Instant.EPOCH, ""), null, null, List.of("a,b"),
                LeadPriority.LOW, "c".repeat(65), null, "m".repeat(4001));

        assertThat(invalid(f).fieldErrors()).containsOnlyKeys("preferredName", "dateOfBirth", "phone", "altPhone",
                "email", "source", "campaignSource", "referrerId", "conditionOfInterest", "payer",
                "preferredContactTime", "phoneConsent", "smsConsent", "tags", "coordinator", "message");
    }

    @Test
    void aDateOfBirthIsInThePastAndAfter1900() {
        assertThat(invalid(new LeadForm("A", "B", null, LocalDate.of(1899, 12, 31), "2025550143", null, null, null,
                null, LeadSource.OTHER, null, null, null, null, null, null, false, null, null, null, null, null, null,
                null, null, null)).fieldErrors()).containsOnlyKeys("dateOfBirth");
    }

    @Test
    void recognisesEmailAddresses() {
        assertThat(LeadForms.isEmail("a.b+c@example.org")).isTrue();
        assertThat(LeadForms.isEmail("a@b")).isFalse();
        assertThat(LeadForms.isEmail("a b@example.org")).isFalse();
        assertThat(LeadForms.isEmail("a@example.")).isFalse();
        assertThat(LeadForms.isEmail(null)).isFalse();
    }

    @Test
    void anUnknownReferrerIsRefused() {
        LeadForm f = new LeadForm("A", "B", null, null, "2025550143", null, null, null, null, LeadSource.REFERRAL,
                null, null, null, 7L, null, null, false, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> forms.check(f, TODAY, id -> false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("referrer");
    }
}
