package com.pathway.notes.ui;

import java.time.Instant;

import com.pathway.notes.NoteView;
import com.pathway.notes.NoteVisibility;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One note as the panel shows it: who wrote it and when (in the clinic's zone), whether it is clinical,
 * edited or pinned, and its text as plain text with its line breaks (never read as HTML).
 */
final class NoteItem {

    private NoteItem() {
    }

    static Div head(NoteView note, ClinicTime time) {
        Span who = new Span(note.authorName());
        who.addClassName("note-author");
        Span when = new Span(time.format(note.createdAt()));
        when.addClassName("note-when");
        Div head = new Div(who, when);
        head.addClassName("note-head");
        if (note.visibility() == NoteVisibility.CLINICAL) {
            head.add(badge("Clinical", "note-badge-clinical"));
        }
        if (note.editedAt() != null) {
            Span edited = badge("Edited", "note-badge-edited");
            edited.setTitle("Edited " + time.format(note.editedAt()));
            head.add(edited);
        }
        if (note.pinned()) {
            head.add(badge("Pinned", "note-badge-pinned"));
        }
        return head;
    }

    /** The text, set as text: the browser shows it, line breaks included (CSS pre-wrap), and runs nothing. */
    static Div body(String text) {
        Div body = new Div();
        body.setText(text);
        body.addClassName("note-text");
        return body;
    }

    static Component addendum(NoteView addendum, ClinicTime time) {
        Span label = new Span("Addendum");
        label.addClassName("note-addendum-label");
        Span who = new Span(addendum.authorName());
        who.addClassName("note-author");
        Span when = new Span(time.format(addendum.createdAt()));
        when.addClassName("note-when");
        Div head = new Div(label, who, when);
        head.addClassName("note-head");
        Div item = new Div(head, body(addendum.text()));
        item.addClassName("note-addendum");
        item.setId("note-" + addendum.id());
        return item;
    }

    static String editableFor(NoteView note, Instant now) {
        long minutes = Math.max(1, java.time.Duration.between(now, note.editableUntil()).toMinutes() + 1);
        return "Editable for " + Math.min(minutes, 15) + " more min";
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge small");
        badge.addClassName("note-badge");
        badge.addClassName(className);
        return badge;
    }
}
