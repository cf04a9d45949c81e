package com.pathway.notes;

import java.time.Instant;
import java.util.List;

/**
 * A note as its reader sees it, with its addenda (oldest first) when it is an original.
 *
 * @param editableUntil when its author's 15 minutes to edit it end; later corrections are addenda
 * @param addendumOf the note this one corrects, or {@code null} for an original
 */
public record NoteView(long id, String leadKey, NoteVisibility visibility, String text, String author,
        String authorName, Instant createdAt, Instant editedAt, Instant editableUntil, boolean pinned,
        Instant pinnedAt, String pinnedBy, Long addendumOf, List<NoteView> addenda) {

    public NoteView {
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
    }

    public NoteView withAddenda(List<NoteView> more) {
        return new NoteView(id, leadKey, visibility, text, author, authorName, createdAt, editedAt, editableUntil,
                pinned, pinnedAt, pinnedBy, addendumOf, more);
    }

    /** Whether {@code username} may still change its text at {@code now}. */
    public boolean editableBy(String username, Instant now) {
        return author.equalsIgnoreCase(username == null ? "" : username) && now.isBefore(editableUntil);
    }
}
