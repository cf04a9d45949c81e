package com.pathway.clinic.screening;

import java.util.List;

/**
 * Answers to save on the lead's open draft. {@code version} is the draft's as last read, {@code null} to
 * start the first screening; answers not sent keep what the draft holds.
 */
public record ScreeningDraft(List<AnswerInput> answers, Long version) {
}
