package com.pathway.notes.ui;

import java.time.Clock;
import java.util.List;

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
            list.removeAll();
            page.getContent().forEach(n -> list.add(item(n)));
            if (page.isEmpty()) {
                Span none = new Span("No notes yet.");
                none.addClassName("notes-empty");
                list.add(none);
            }
            older.setVisible(page.hasNext());
            showPinned(notes.pinned(key));
        } catch (NotFoundException e) {
            list.removeAll();
            list.add(new Span(e.getMessage()));
        }
    }

    private void showPinned(List<NoteView> pins) {
        pinned.removeAll();
        pinned.setVisible(!pins.isEmpty());
        if (pins.isEmpty()) {
            return;
        }
        Span label = new Span("Pinned notes");
        label.addClassName("pinned-notes-label");
        pinned.add(label);
        for (NoteView n : pins) {
            Div item = new Div(NoteItem.head(n, time), NoteItem.body(n.text()));
            item.addClassName("pinned-note");
            pinned.add(item);
        }
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

    private Div item(NoteView note) {
        Div item = new Div(NoteItem.head(note, time));
        item.addClassName("note");
        if (note.visibility() == NoteVisibility.CLINICAL) {
            item.addClassName("note-clinical");
        }
        item.setId("note-" + note.id());
        Div body = NoteItem.body(note.text());
        item.add(body);
        note.addenda().forEach(a -> item.add(NoteItem.addendum(a, time)));
        InlineAlert alert = new InlineAlert();
        Div actions = new Div();
        actions.addClassName("note-actions");
        if (mayWrite) {
            if (note.editableBy(me, clock.instant())) {
                Button edit = small("Edit", e -> startEditing(item, body, actions, note, alert));
                edit.setTooltipText(NoteItem.editableFor(note, clock.instant()));
                edit.setId("note-edit-" + note.id());
                actions.add(edit);
            }
            Button addendum = small("Add addendum", e -> startAddendum(item, actions, note, alert));
            addendum.setId("note-addendum-" + note.id());
            Button pin = small(note.pinned() ? "Unpin" : "Pin", e -> change(note, new NoteChange(null, !note.pinned()), alert));
            pin.setId("note-pin-" + note.id());
            actions.add(addendum, pin);
        }
        item.add(actions, alert);
        return item;
    }

    private void startEditing(Div item, Div body, Div actions, NoteView note, InlineAlert alert) {
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
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("note-save-" + note.id());
        Button cancel = small("Cancel", e -> refresh());
        Div form = new Div(edit, save, cancel);
        form.addClassName("note-form");
        body.setVisible(false);
        actions.setVisible(false);
        item.addComponentAtIndex(item.indexOf(body) + 1, form);
    }

    private void startAddendum(Div item, Div actions, NoteView note, InlineAlert alert) {
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
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("note-addendum-save-" + note.id());
        Button cancel = small("Cancel", e -> refresh());
        Div form = new Div(addendum, save, cancel);
        form.addClassName("note-form");
        actions.setVisible(false);
        item.addComponentAtIndex(item.indexOf(actions), form);
    }

    private void change(NoteView note, NoteChange change, InlineAlert alert) {
        try {
            notes.change(key, note.id(), change);
            refresh();
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            alert.show(e.getMessage());
        }
    }

    private static Button small(String text,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(text, click);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
