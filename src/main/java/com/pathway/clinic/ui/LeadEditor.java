package com.pathway.clinic.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.EditConflict;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadEdit;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.ReferrerOption;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Editing a lead on its page. Saving sends only the fields the user changed. A save that finds the
 * lead changed by someone else keeps everything typed in the form and shows, where the Save button
 * was, what the other person changed and what the user changed; the user then saves their fields
 * over the other version (the other person's other changes stay), or drops theirs and sees the other.
 */
class LeadEditor extends VerticalLayout {

    private final LeadService leads;
    private final Clock clock;
    private final LeadFormFields fields;
    private final Div conflict = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Consumer<LeadDetails> saved;
    private final Runnable closed;
    private LeadDetails editing;

    LeadEditor(LeadService leads, List<ReferrerOption> referrers, Clock clock, Consumer<LeadDetails> saved,
            Runnable closed) {
        this.leads = leads;
        this.clock = clock;
        this.saved = saved;
        this.closed = closed;
        setId("lead-editor");
        setPadding(false);
        fields = new LeadFormFields(leads.conditions(), referrers);
        conflict.setId("edit-conflict");
        conflict.addClassName("edit-conflict");
        conflict.setVisible(false);
        Button save = new Button("Save", e -> save(editing.version()));
        save.setId("save-lead");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> closed.run());
        cancel.setId("cancel-edit");
        // The conflict banner takes the Save button's place: it is where the user looks after clicking it.
        add(fields, conflict, actions);
        actions.add(save, cancel);
    }

    LeadFormFields fields() {
        return fields;
    }

    void edit(LeadDetails lead) {
        editing = lead;
        hideConflict();
        fields.fill(lead.form());
    }

    /** Saves what was changed since the form was opened, over the lead at {@code version}. */
    private void save(long version) {
        LeadEdit mine = LeadEdit.between(editing.form(), fields.read(clock.instant()), version);
        try {
            LeadDetails after = leads.update(editing.key(), mine);
            Notifications.success("Saved " + after.key() + ".");
            hideConflict();
            saved.accept(after);
        } catch (InvalidInputException e) {
            fields.errors().show(e);
        } catch (ConflictException e) {
            showConflict(leads.conflict(editing.key(), editing.form(), mine));
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showConflict(EditConflict found) {
        LeadDetails theirs = found.theirs();
        conflict.removeAll();
        Paragraph text = new Paragraph("Someone else saved " + editing.key() + " after you opened it. Nothing of "
                + "yours is lost: your changes are still in the form above, not saved yet. Saving yours changes "
                + "only the fields you changed; theirs stay.");
        UnorderedList list = new UnorderedList();
        list.setId("edit-conflict-fields");
        for (EditConflict.Field f : found.fields()) {
            ListItem item = new ListItem(label(f.label()));
            if (f.theyChanged()) {
                item.add(new Span("they changed " + shown(f.before()) + " → " + shown(f.theirs())
                        + (f.iChanged() ? "; " : ".")));
            }
            if (f.iChanged()) {
                item.add(new Span("you changed " + shown(f.before()) + " → " + shown(f.mine())
                        + (f.both() ? " (yours replaces theirs)." : ".")));
            }
            item.addClassName(f.both() ? "edit-conflict-both" : f.iChanged() ? "edit-conflict-mine"
                    : "edit-conflict-theirs");
            list.add(item);
        }
        Button mine = new Button("Save mine over theirs", e -> save(theirs.version()));
        mine.setId("conflict-save-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard mine and show theirs", e -> {
            hideConflict();
            saved.accept(theirs);
        });
        discard.setId("conflict-show-theirs");
        HorizontalLayout choices = new HorizontalLayout(mine, discard);
        choices.setWrap(true);
        conflict.add(text, list, choices);
        conflict.setVisible(true);
        actions.setVisible(false);
    }

    private void hideConflict() {
        conflict.setVisible(false);
        conflict.removeAll();
        actions.setVisible(true);
    }

    private static Span label(String text) {
        Span label = new Span(text + ": ");
        label.addClassName("edit-conflict-field");
        return label;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }
}
