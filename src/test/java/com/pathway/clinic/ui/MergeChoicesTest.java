package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.FieldDifference;
import com.pathway.clinic.LeadComparison;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.MergeRequest;
import com.pathway.clinic.StatusAge;
import com.pathway.clinic.ui.MergeChoices.Change;
import com.pathway.clinic.ui.MergeChoices.Side;
import com.pathway.workflow.StatusCategory;

/** The merge view's defaults and confirmation lines, without Spring or Vaadin. */
class MergeChoicesTest {

    private static final Instant OLDER = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant NEWER = Instant.parse("2026-12-01T09:00:00Z");

    /** PW-2 (newer, left) opened against PW-1 (older, complete, right), as from the newer lead's page. */
    private static final List<FieldDifference> DIFFERENCES = List.of(
            new FieldDifference("dateOfBirth", "Date of birth", "", "1979-08-23", true),
            new FieldDifference("email", "E-mail", "wren.new@example.org", "wren.a@example.org", true),
            new FieldDifference("altPhone", "Other phone", "+12025550171", "", true),
            new FieldDifference("phoneConsent", "Phone consent", "", "Given 2026-01-05 (phone call)", false),
            new FieldDifference("smsConsent", "SMS consent", "Given 2026-12-01 (web form)", "", false),
            new FieldDifference("payer", "Payer", "", "Aetna", true));

    private static LeadDetails lead(String key, Instant created) {
        return new LeadDetails(key, "New inquiry", StatusCategory.TODO, null, "INQ-" + key,
                LeadForm.of("Wren", "Abernathy", "+12025550170", null, LeadSource.PHONE), false, null, null, null,
                created, created, 3, null, new StatusAge(created, null, created), null, null);
    }

    private static MergeChoices choices(Instant leftCreated, Instant rightCreated) {
        return new MergeChoices(new LeadComparison(lead("PW-2", leftCreated), lead("PW-1", rightCreated),
                DIFFERENCES));
    }

    @Test
    void theOlderLeadSurvivesByDefaultWhicheverSideItIsOn() {
        assertThat(choices(NEWER, OLDER).defaultSurvivor()).isEqualTo(Side.RIGHT);
        assertThat(choices(OLDER, NEWER).defaultSurvivor()).isEqualTo(Side.LEFT);
        assertThat(choices(OLDER, NEWER).defaultSurvivorReason()).isEqualTo("the older lead");
    }

    @Test
    void leadsCreatedTogetherLeaveTheMoreCompleteOneSurviving() {
        assertThat(choices(OLDER, OLDER).defaultSurvivor()).as("right has 4 of 6 values, left 3").isEqualTo(Side.RIGHT);
        assertThat(choices(OLDER, OLDER).defaultSurvivorReason()).isEqualTo("the more complete lead");
    }

    @Test
    void eachFieldDefaultsToTheSurvivorsValueOrTheOthersWhereTheSurvivorsIsEmpty() {
        assertThat(choices(NEWER, OLDER).defaults(Side.RIGHT)).containsExactly(Map.entry("dateOfBirth", Side.RIGHT),
                Map.entry("email", Side.RIGHT), Map.entry("altPhone", Side.LEFT), Map.entry("phoneConsent", Side.RIGHT),
                Map.entry("smsConsent", Side.LEFT), Map.entry("payer", Side.RIGHT));
    }

    @Test
    void switchingTheSurvivorDerivesItsOwnDefaults() {
        assertThat(choices(NEWER, OLDER).defaults(Side.LEFT)).containsExactly(Map.entry("dateOfBirth", Side.RIGHT),
                Map.entry("email", Side.LEFT), Map.entry("altPhone", Side.LEFT), Map.entry("phoneConsent", Side.RIGHT),
                Map.entry("smsConsent", Side.LEFT), Map.entry("payer", Side.RIGHT));
    }

    @Test
    void theDefaultsChangeOnlyEmptyFieldsOfTheSurvivorAndTheRequestEmptiesNothing() {
        MergeChoices c = choices(NEWER, OLDER);

        assertThat(c.changes(Side.RIGHT, c.defaults(Side.RIGHT))).containsExactly(
                new Change("altPhone", "Other phone", "", "+12025550171"),
                new Change("smsConsent", "SMS consent", "", "Given 2026-12-01 (web form)"));
        assertThat(c.request(Side.RIGHT, c.defaults(Side.RIGHT)))
                .isEqualTo(new MergeRequest("PW-1", 3, "PW-2", 3, Set.of("altPhone", "smsConsent"), Set.of()));
    }

    @Test
    void anEmptySideChosenExplicitlyIsListedAndRequestedAsEmptied() {
        MergeChoices c = choices(NEWER, OLDER);
        Map<String, Side> chosen = new HashMap<>(c.defaults(Side.RIGHT));
        chosen.put("payer", Side.LEFT);
        chosen.put("altPhone", Side.RIGHT);
        chosen.put("email", Side.LEFT);

        List<Change> changes = c.changes(Side.RIGHT, chosen);

        assertThat(changes).containsExactly(
                new Change("email", "E-mail", "wren.a@example.org", "wren.new@example.org"),
                new Change("smsConsent", "SMS consent", "", "Given 2026-12-01 (web form)"),
                new Change("payer", "Payer", "Aetna", ""));
        assertThat(changes.getLast().empties()).isTrue();
        assertThat(c.request(Side.RIGHT, chosen)).isEqualTo(new MergeRequest("PW-1", 3, "PW-2", 3,
                Set.of("email", "smsConsent"), Set.of("payer", "altPhone")));
    }

    @Test
    void aConsentNeverOffersItsEmptySideAndAnEmptyChoiceForItFallsBackToTheGrant() {
        MergeChoices c = choices(NEWER, OLDER);
        FieldDifference phoneConsent = DIFFERENCES.get(3);
        Map<String, Side> chosen = new HashMap<>(c.defaults(Side.LEFT));
        chosen.put("phoneConsent", Side.LEFT);

        assertThat(c.options(phoneConsent)).containsExactly(Side.RIGHT);
        assertThat(c.options(DIFFERENCES.get(5))).containsExactly(Side.LEFT, Side.RIGHT);
        assertThat(c.request(Side.LEFT, chosen).empty()).doesNotContain("phoneConsent");
        assertThat(c.request(Side.LEFT, chosen).takeFromDuplicate()).contains("phoneConsent");
    }
}
