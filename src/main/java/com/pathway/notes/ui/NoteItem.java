package com.pathway.notes.ui;

import java.time.Instant;

import org.jsoup.nodes.Element;

import com.pathway.notes.NoteView;
import com.pathway.notes.NoteVisibility;
import com.pathway.shared.ui.ClinicTime;

/**
 * One note as the panel shows it, written as markup (every value escaped by jsoup): who wrote it and when (in the
 * clinic's zone), whether it is clinical, edited or pinned, and its text as plain text with its line breaks (never
 * read as HTML).
 */
final class NoteItem {

    private NoteItem() {
    }

    static void head(Element parent, NoteView note, ClinicTime time) {
        Element head = parent.appendElement("div").addClass("note-head");
        head.appendElement("span").addClass("note-author").text(note.authorName());
        head.appendElement("span").addClass("note-when").text(time.format(note.createdAt()));
        if (note.visibility() == NoteVisibility.CLINICAL) {
            badge(head, "Clinical", "note-badge-clinical");
        }
        if (note.editedAt() != null) {
            badge(head, "Edited", "note-badge-edited").attr("title", "Edited " + time.format(note.editedAt()));
        }
        if (note.pinned()) {
            badge(head, "Pinned", "note-badge-pinned");
        }
    }

    /** The text, as text: the browser shows it, line breaks included (CSS pre-wrap), and runs nothing. */
    static void body(Element parent, String text) {
        parent.appendElement("div").addClass("note-text").text(text);
    }

    static void addendum(Element parent, NoteView addendum, ClinicTime time) {
        Element item = parent.appendElement("div").addClass("note-addendum").id("note-" + addendum.id());
        Element head = item.appendElement("div").addClass("note-head");
        head.appendElement("span").addClass("note-addendum-label").text("Addendum");
        head.appendElement("span").addClass("note-author").text(addendum.authorName());
        head.appendElement("span").addClass("note-when").text(time.format(addendum.createdAt()));
        body(item, addendum.text());
    }

    static String editableFor(NoteView note, Instant now) {
        long minutes = Math.max(1, java.time.Duration.between(now, note.editableUntil()).toMinutes() + 1);
        return "Editable for " + Math.min(minutes, 15) + " more min";
    }

    private static Element badge(Element head, String text, String className) {
        return head.appendElement("span").attr("theme", "badge small").addClass("note-badge").addClass(className)
                .text(text);
    }
}
