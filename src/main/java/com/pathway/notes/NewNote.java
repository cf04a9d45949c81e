package com.pathway.notes;

/**
 * A note to write on a lead.
 *
 * @param text plain text, line breaks kept, 1 to {@value NoteService#MAX_TEXT} characters; {@code @username}
 *        mentions a colleague, who is notified
 * @param visibility {@code GENERAL} when {@code null}
 */
public record NewNote(String text, NoteVisibility visibility) {
}
