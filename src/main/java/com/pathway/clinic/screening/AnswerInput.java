package com.pathway.clinic.screening;

/** An answer a clinician gives: {@code yes} for a yes/no item ({@code null} leaves it open in a draft), a note for any. */
public record AnswerInput(Long itemId, Boolean yes, String note) {
}
