package com.pathway.clinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.ClinicalRecordTest;
import com.pathway.clinic.LeadDetails;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;

/**
 * A screening from draft to signature and new version; what signing tells everyone else (complete and
 * when, never the answers); the treatment consent; refusals that save nothing; and who may do any of it.
 */
@IntegrationTest
class ScreeningServiceTest extends ClinicalRecordTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    ScreeningChecklistService checklist;

    /** Every yes/no item answered no, except {@code yes} (by label) answered yes. */
    private List<AnswerInput> answers(ScreeningRecord record, String yes) {
        List<Answer> asked = record.current() != null ? record.current().answers()
                : record.checklist().stream().map(i -> new Answer(i.id(), i.label(), i.kind(), i.contraindication(), null, null)).toList();
        return asked.stream().map(a -> new AnswerInput(a.itemId(), a.kind() == ItemKind.TEXT ? null : a.label().equals(yes),
                a.kind() == ItemKind.TEXT ? "Calm, asked good questions" : null)).toList();
    }

    @Test
    void aDraftIsSavedThenSignedAndLockedAndTheLeadLearnsOnlyThatItIsComplete() {
        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        assertThat(empty.current()).isNull();
        assertThat(empty.checklist()).extracting(ChecklistItem::label).contains("Uncontrolled high blood pressure",
                "History of psychosis", "Pregnant or possibly pregnant", "Active substance use");

        List<AnswerInput> all = answers(empty, "none");
        ScreeningView draft = as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(all.subList(0, 2), null)));
        assertThat(draft.state()).isEqualTo(ScreeningState.DRAFT);
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(as(coordinator, () -> leads.get(key)).screeningComplete()).as("a draft is not complete").isFalse();

        ScreeningView signed = as(clinician, () -> screenings.sign(key, new ScreeningDraft(all, draft.version())));
        assertThat(signed.state()).isEqualTo(ScreeningState.SIGNED);
        assertThat(signed.signedBy()).isEqualTo(clinician);
        assertThat(signed.signedAt()).isNotNull();
        assertThat(signed.contraindicated()).isFalse();

        LeadDetails seenByManager = as(manager, () -> leads.get(key));
        assertThat(seenByManager.screeningComplete()).isTrue();
        assertThat(seenByManager.screeningRecordedAt()).isEqualTo(signed.signedAt());
        assertThat(seenByManager.screeningOutcome()).isNull();
        assertThat(as(clinician, () -> leads.get(key)).screeningOutcome()).isEqualTo("Cleared");

        assertThatThrownBy(() -> as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(all, signed.version()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("signed and locked");
    }

    @Test
    void aNewVersionKeepsTheSignedOneAndAContraindicationAnsweredYesMakesTheOutcomeContraindicated() {
        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        ScreeningView first = as(clinician, () -> screenings.sign(key, new ScreeningDraft(answers(empty, "none"), null)));

        ScreeningView second = as(clinician, () -> screenings.revise(key));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(second.answers()).extracting(Answer::yes).isEqualTo(first.answers().stream().map(Answer::yes).toList());
        assertThatThrownBy(() -> as(clinician, () -> screenings.revise(key))).as("one open draft at a time")
                .isInstanceOf(ConflictException.class);

        ScreeningRecord open = as(clinician, () -> screenings.get(key));
        as(clinician, () -> screenings.sign(key, new ScreeningDraft(answers(open, "History of psychosis"),
                open.current().version())));

        ScreeningRecord after = as(clinician, () -> screenings.get(key));
        assertThat(after.current().contraindicated()).isTrue();
        assertThat(after.current().signedBy()).isEqualTo(clinician);
        assertThat(after.earlier()).singleElement().satisfies(v -> {
            assertThat(v.revision()).isEqualTo(1);
            assertThat(v.contraindicated()).isFalse();
            assertThat(v.signedBy()).isEqualTo(clinician);
        });
        assertThat(as(clinician, () -> leads.get(key)).screeningOutcome()).isEqualTo("Contraindicated");
    }

    @Test
    void signingWithAnUnansweredQuestionNamesItAndSavesNothing() {
        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        List<AnswerInput> partial = answers(empty, "none").subList(1, 3);

        assertThatThrownBy(() -> as(clinician, () -> screenings.sign(key, new ScreeningDraft(partial, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("answers"))
                        .startsWith("Answer every question before signing; still open: Uncontrolled high blood pressure"));
        assertThat(as(clinician, () -> screenings.get(key)).current()).isNull();
        assertThat(as(coordinator, () -> leads.get(key)).screeningComplete()).isFalse();
    }

    @Test
    void unknownItemsDuplicatesLongNotesAndStaleDraftsAreRefused() {
        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        long item = empty.checklist().getFirst().id();
        assertThatThrownBy(() -> as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(List.of(
                new AnswerInput(Long.MAX_VALUE, true, null), new AnswerInput(item, true, null),
                new AnswerInput(item, false, null), new AnswerInput(null, true, null),
                new AnswerInput(empty.checklist().get(1).id(), true, "x".repeat(2001))), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "answers[0]", "answers[2]", "answers[3]", "answers[4]"));
        assertThat(as(clinician, () -> screenings.get(key)).current()).as("nothing half-saved").isNull();

        ScreeningView draft = as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(List.of(), null)));
        as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(List.of(new AnswerInput(item, true, null)),
                draft.version())));
        assertThatThrownBy(() -> as(clinician, () -> screenings.saveDraft(key, new ScreeningDraft(List.of(), draft.version()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void theConsentRecordsWhenHowAndWhoAndRefusesAFutureTimeOrAnUnknownMethod() {
        Instant signedAt = Instant.parse("2026-02-01T15:00:00Z");
        TreatmentConsent consent = as(clinician, () -> screenings.recordConsent(key,
                new TreatmentConsentInput(signedAt, "electronic signature")));
        assertThat(consent).isEqualTo(new TreatmentConsent(signedAt, "Electronic signature", clinician));
        assertThat(as(coordinator, () -> leads.get(key)).treatmentConsentAt()).isEqualTo(signedAt);

        assertThatThrownBy(() -> as(clinician, () -> screenings.recordConsent(key,
                new TreatmentConsentInput(Instant.now().plusSeconds(86_400), "By carrier pigeon"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("signedAt", "method"));
        assertThatThrownBy(() -> as(clinician, () -> screenings.recordConsent(key, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(clinician, () -> screenings.get(key)).consent()).isEqualTo(consent);
    }

    @Test
    void onlyCliniciansWhoMayReadTheLeadTouchItsScreeningAndEveryReadAndWriteIsAuditedWithoutAnswers() {
        for (String other : List.of(coordinator, manager)) {
            assertThatThrownBy(() -> as(other, () -> screenings.get(key))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(other, () -> screenings.saveDraft(key, new ScreeningDraft(List.of(), null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signIn(coordinator);
        String notTheirs = leads.create(com.pathway.clinic.Leads.form("Otto", "Varga", "(202) 555-0162", null)).key();
        accounts.signOut();
        assertThatThrownBy(() -> as(otherClinician, () -> screenings.get(notTheirs))).isInstanceOf(NotFoundException.class);

        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        as(clinician, () -> screenings.sign(key, new ScreeningDraft(answers(empty, "none"), null)));
        List<String> actions = jdbc.queryForList("select action from audit_entry where entity_id = ? order by id",
                String.class, key);
        assertThat(actions).contains("SCREENING_VIEWED", "SCREENING_SIGNED");
        assertThat(jdbc.queryForList("select coalesce(details, '') from audit_entry where entity_id = ? and action like"
                + " 'SCREENING%'", String.class, key)).noneMatch(d -> d.contains("Calm") || d.contains("YES"));
    }

    @Test
    void anAdministratorRewordsAndRetiresItemsWhichSignedScreeningsKeepAsAsked() {
        ScreeningRecord empty = as(clinician, () -> screenings.get(key));
        as(clinician, () -> screenings.sign(key, new ScreeningDraft(answers(empty, "none"), null)));
        String admin = user("admin", Role.ADMIN);

        ChecklistItem added = as(admin, () -> checklist.add(new ChecklistItemEdit("Recent head injury (clinic's own)",
                ItemKind.YES_NO, true, true, null)));
        assertThat(added.example()).isFalse();
        ChecklistItem retired = as(admin, () -> checklist.change(added.id(), new ChecklistItemEdit(added.label(),
                ItemKind.YES_NO, true, false, added.version())));
        assertThat(retired.active()).isFalse();
        assertThatThrownBy(() -> as(admin, () -> checklist.add(new ChecklistItemEdit(" ", ItemKind.TEXT, true, true, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("label", "contraindication"));
        assertThatThrownBy(() -> as(admin, () -> checklist.change(added.id(), new ChecklistItemEdit("Again",
                ItemKind.YES_NO, true, true, added.version())))).isInstanceOf(ConflictException.class);

        assertThat(as(clinician, () -> screenings.get(key)).current().answers()).extracting(Answer::label)
                .doesNotContain("Recent head injury (clinic's own)");
        assertThat(as(admin, () -> checklist.items())).extracting(ChecklistItem::id).contains(added.id());
    }
}
