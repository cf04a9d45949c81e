package com.pathway.clinic.screening;

import java.time.Instant;
import java.util.List;

/**
 * Tests' way to screen a lead as a signed-in clinician: answers every yes/no item of the clinic's checklist
 * (the contraindications yes for a "contraindicated" outcome, everything else no), signs it (as a new version
 * when one is signed already) and records the treatment consent when {@code consentAt} is given.
 */
public final class ScreeningSteps {

    private ScreeningSteps() {
    }

    public static void screen(ScreeningService screenings, String key, String outcome, Instant consentAt) {
        boolean contraindicated = "contraindicated".equalsIgnoreCase(outcome);
        ScreeningRecord record = screenings.get(key);
        if (record.current() != null && record.current().state() == ScreeningState.SIGNED) {
            screenings.revise(key);
            record = screenings.get(key);
        }
        List<AnswerInput> answers = (record.current() == null
                ? record.checklist().stream().map(i -> new Answer(i.id(), i.label(), i.kind(), i.contraindication(), null, null)).toList()
                : record.current().answers()).stream()
                .map(a -> new AnswerInput(a.itemId(), a.kind() == ItemKind.TEXT ? null : contraindicated && a.contraindication(),
                        null))
                .toList();
        screenings.sign(key, new ScreeningDraft(answers, record.current() == null ? null : record.current().version()));
        if (consentAt != null) {
            screenings.recordConsent(key, new TreatmentConsentInput(consentAt, ScreeningService.CONSENT_METHODS.getFirst()));
        }
    }
}
