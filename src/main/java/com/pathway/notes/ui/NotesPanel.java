package com.pathway.notes.ui;

import java.time.Clock;
import java.util.List;

import org.jsoup.nodes.Element;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.ui.LeadPanel;
import com.pathway.notes.NewNote;
import com.pathway.notes.NoteChange;
import com.pathway.notes.NotePermissions;
import com.pathway.notes.NoteService;
import com.pathway.notes.NoteView;
import com.pathway.notes.NoteVisibility;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Markup;
import com.pathway.shared.ui.MarkupButtons;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The lead page's notes: a form to write one (clinicians choose general or clinical), the notes the user
 * may read, newest first, each with its addenda, an Edit button for its author's first 15 minutes, Add
 * addendum and Pin; and the pinned notes across the top of the page. Everything is read and written
 * through {@link NoteService}, which applies the rules; this panel only hides what the user cannot do.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(10)
@StyleSheet("context://styles/notes.css")
public class NotesPanel extends Div implements LeadPanel {

    static final int PAGE = 10;
    /** The id of the note whose button was clicked, read in the browser. */
    static final String NOTE = MarkupButtons.rowId("note", "note");
    /** A click on one of a note's buttons. */
    static final String ON_A_BUTTON = MarkupButtons.onAButton("note");

    private final NoteService notes;
    private final ClinicTime time;
    private final Clock clock;
    private final String me;
    private final boolean mayWrite;
    private final H3 heading = new H3("Notes");
    private final NoteEditor editor;
    private final RadioButtonGroup<NoteVisibility> visibility = new RadioButtonGroup<>();
    private final FieldErrors errors = new FieldErrors();
    private final InlineAlert refusal = new InlineAlert();
    private final Div list = new Div();
    private final Button older = new Button("Show older notes", e -> more());
    private final Div pinned = new Div();
    /** The notes shown in the list, by id: only they can be acted on from it. */
    private final java.util.Map<Long, NoteView> listed = new java.util.HashMap<>();
    private final java.util.Map<Long, Div> items = new java.util.HashMap<>();
    private final java.util.Map<Long, InlineAlert> alerts = new java.util.HashMap<>();
    private String key;
    private int shown = PAGE;
    private Runnable changed = () -> { };

    public NotesPanel(NoteService notes, NotePermissions permissions, CurrentUser currentUser, ClinicTime time,
            Clock clock) {
        this.notes = notes;
        this.time = time;
        this.clock = clock;
        this.me = currentUser.username().orElse("");
        this.mayWrite = permissions.mayWrite();
        setId("lead-notes");
        addClassNames("lead-card", "lead-notes-card");
        heading.setId("notes-heading");
        Div head = new Div(heading);
        head.addClassName("lead-card-head");
        editor = new NoteEditor("note", "New note",
                typed -> notes.mentionable(key, visibility.getValue(), typed, 8));
        visibility.setId("note-visibility");
        visibility.setItems(NoteVisibility.values());
        visibility.setItemLabelGenerator(v -> v == NoteVisibility.CLINICAL ? "Clinical (clinicians only)"
                : "General (all staff who may see the lead)");
        visibility.setValue(NoteVisibility.GENERAL);
        boolean choosesVisibility = permissions.mayWrite(NoteVisibility.CLINICAL);
        errors.bind("text", editor.field());
        refusal.setId("note-refusal");
        Button add = new Button("Add note", e -> write());
        add.setId("note-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        // Only those who may write clinical notes choose; the others' notes are general, and the page holds no choice.
        Div form = choosesVisibility ? new Div(editor, visibility, add, refusal) : new Div(editor, add, refusal);
        form.addClassName("note-form");
        form.setVisible(mayWrite);
        list.setId("notes-list");
        list.addClassName("notes-list");
        MarkupButtons.listen(list, "note", "note", this::act);
        older.setId("notes-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pinned.setId("pinned-notes");
        pinned.addClassName("pinned-notes");
        pinned.setVisible(false);
        add(head, form, list, older);
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public com.vaadin.flow.component.Component banner() {
        return pinned;
    }

    @Override
    public void whenChanged(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void show(LeadDetails lead) {
        if (!lead.key().equals(key)) {
            shown = PAGE;
            editor.clear();
        }
        key = lead.key();
        refresh();
    }

    private void refresh() {
        try {
            Page<NoteView> page = notes.list(key, PageRequest.of(0, shown));
            heading.setText("Notes (" + page.getTotalElements() + ")");
            emptyList();
            page.getContent().forEach(n -> list.add(item(n)));
            if (page.isEmpty()) {
                Span none = new Span("No notes yet.");
                none.addClassName("notes-empty");
                list.add(none);
            }
            older.setVisible(page.hasNext());
            showPinned(notes.pinned(key));
        } catch (NotFoundException e) {
            emptyList();
            list.add(new Span(e.getMessage()));
        }
    }

    /** Takes every note, form and refusal off the list. */
    private void emptyList() {
        list.removeAll();
        listed.clear();
        items.clear();
        alerts.clear();
    }

    private void showPinned(List<NoteView> pins) {
        pinned.removeAll();
        pinned.setVisible(!pins.isEmpty());
        if (pins.isEmpty()) {
            return;
        }
        Element block = Markup.block();
        block.appendElement("span").addClass("pinned-notes-label").text("Pinned notes");
        for (NoteView n : pins) {
            Element item = block.appendElement("div").addClass("pinned-note");
            NoteItem.head(item, n, time);
            NoteItem.body(item, n.text());
        }
        Markup.show(pinned, block);
    }

    private void more() {
        shown += PAGE;
        refresh();
    }

    private void write() {
        errors.clear();
        refusal.clear();
        try {
            notes.write(key, new NewNote(editor.value(), visibility.getValue()));
            editor.clear();
            visibility.setValue(NoteVisibility.GENERAL);
            Notifications.success("Note added to " + key + ".");
            refresh();
            changed.run();
        } catch (InvalidInputException e) {
            errors.show(e, rest -> refusal.show("The note was not added.", rest));
        } catch (ForbiddenException | NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }

    /**
     * A note of the list: one element whose content is markup (its head, text, addenda and buttons), so that a page
     * of ten notes is ten elements the page keeps, not some hundred and seventy. The buttons' clicks reach
     * {@link #act} through the list's one listener.
     */
    private Div item(NoteView note) {
        Div item = new Div();
        item.addClassName("note");
        if (note.visibility() == NoteVisibility.CLINICAL) {
            item.addClassName("note-clinical");
        }
        item.setId("note-" + note.id());
        item.getElement().setAttribute("data-note", String.valueOf(note.id()));
        listed.put(note.id(), note);
        items.put(note.id(), item);
        draw(item, note, true, true);
        return item;
    }

    /** Writes a note's markup: without its text while it is edited, without its buttons while a form is open. */
    private void draw(Div item, NoteView note, boolean withText, boolean withButtons) {
        Element block = Markup.block();
        NoteItem.head(block, note, time);
        if (withText) {
            NoteItem.body(block, note.text());
        }
        note.addenda().forEach(a -> NoteItem.addendum(block, a, time));
        if (withButtons && mayWrite) {
            Element actions = block.appendElement("div").addClass("note-actions");
            if (note.editableBy(me, clock.instant())) {
                button(actions, "edit", "note-edit-" + note.id(), "Edit")
                        .attr("title", NoteItem.editableFor(note, clock.instant()));
            }
            button(actions, "addendum", "note-addendum-" + note.id(), "Add addendum");
            button(actions, "pin", "note-pin-" + note.id(), note.pinned() ? "Unpin" : "Pin");
        }
        Markup.show(item, block);
    }

    private static Element button(Element actions, String action, String id, String text) {
        return MarkupButtons.button(actions, action, text).id(id);
    }

    /**
     * Runs a note's button: {@code action} on the note with id {@code noteId}, when it is a note of the list and the
     * user may do it; anything else (a stale or made-up request) is ignored. The service checks again.
     */
    void act(String action, long noteId) {
        NoteView note = listed.get(noteId);
        if (note == null || !mayWrite) {
            return;
        }
        Div item = items.get(note.id());
        switch (action) {
            case "edit" -> {
                if (note.editableBy(me, clock.instant())) {
                    startEditing(item, note, alert(note.id()));
                }
            }
            case "addendum" -> startAddendum(item, note, alert(note.id()));
            case "pin" -> change(note, new NoteChange(null, !note.pinned()), alert(note.id()));
            default -> {
                // not a button of this list
            }
        }
    }

    /** The refusal under a note, made at the first one. */
    private InlineAlert alert(long noteId) {
        return alerts.computeIfAbsent(noteId, id -> {
            InlineAlert alert = new InlineAlert();
            alert.addClassName("note-alert");
            list.addComponentAtIndex(list.indexOf(items.get(id)) + 1, alert);
            return alert;
        });
    }

    /** Puts a form under a note (above its refusal, if any). */
    private void under(Div item, Div form) {
        list.addComponentAtIndex(list.indexOf(item) + 1, form);
    }

    private void startEditing(Div item, NoteView note, InlineAlert alert) {
        NoteEditor edit = new NoteEditor("note-edit-" + note.id(), "Edit note",
                typed -> notes.mentionable(key, note.visibility(), typed, 8));
        edit.setValue(note.text());
        FieldErrors fieldErrors = new FieldErrors().bind("text", edit.field());
        Button save = small("Save", e -> {
            try {
                notes.change(key, note.id(), new NoteChange(edit.value(), null));
                Notifications.success("Note saved.");
                refresh();
                changed.run();
            } catch (InvalidInputException ex) {
                fieldErrors.show(ex, rest -> alert.show("The note was not saved.", rest));
            } catch (ConflictException | ForbiddenException | NotFoundException ex) {
                alert.show(ex.getMessage());
            }
        });
        primary(save);
        save.setId("note-save-" + note.id());
        Button cancel = small("Cancel", e -> refresh());
        Div form = new Div(edit, save, cancel);
        form.addClassName("note-form");
        draw(item, note, false, false);
        under(item, form);
    }

    private void startAddendum(Div item, NoteView note, InlineAlert alert) {
        NoteEditor addendum = new NoteEditor("note-addendum-" + note.id(), "Addendum",
                typed -> notes.mentionable(key, note.visibility(), typed, 8));
        FieldErrors fieldErrors = new FieldErrors().bind("text", addendum.field());
        Button save = small("Add addendum", e -> {
            try {
                notes.addAddendum(key, note.id(), addendum.value());
                Notifications.success("Addendum added.");
                refresh();
                changed.run();
            } catch (InvalidInputException ex) {
                fieldErrors.show(ex, rest -> alert.show("The addendum was not added.", rest));
            } catch (ForbiddenException | NotFoundException ex) {
                alert.show(ex.getMessage());
            }
        });
        primary(save);
        save.setId("note-addendum-save-" + note.id());
        Button cancel = small("Cancel", e -> refresh());
        Div form = new Div(addendum, save, cancel);
        form.addClassName("note-form");
        draw(item, note, true, false);
        under(item, form);
    }

    private void change(NoteView note, NoteChange change, InlineAlert alert) {
        try {
            notes.change(key, note.id(), change);
            refresh();
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            alert.show(e.getMessage());
        }
    }

    /**
     * Makes a small form button the form's primary one. Lumo draws "tertiary primary" as white text without a
     * background, so the tertiary look goes first: the Save of an edit was invisible.
     */
    private static void primary(Button button) {
        button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private static Button small(String text,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(text, click);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
