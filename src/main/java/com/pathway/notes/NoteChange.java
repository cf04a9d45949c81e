package com.pathway.notes;

/**
 * A change to a note: new text (by its author, within {@link NoteService#EDIT_WINDOW} of writing it),
 * pinned or not (by anyone who may write such notes), or both. {@code null} leaves that part as it is.
 */
public record NoteChange(String text, Boolean pinned) {
}
