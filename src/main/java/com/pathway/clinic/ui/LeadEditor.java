package com.pathway.clinic.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.ReferrerOption;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Editing a lead on its page. A save that finds the lead changed by someone else keeps everything
 * typed in the form and says so; the user then saves their version over the other one, or drops
 * theirs and sees the other.
 */
class LeadEditor extends VerticalLayout {

    private final LeadService leads;
    private final Clock clock;
    private final LeadFormFields fields;
    private final Div conflict = new Div();
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
        add(conflict, fields, new HorizontalLayout(save, cancel));
    }

    LeadFormFields fields() {
        return fields;
    }

    void edit(LeadDetails lead) {
        editing = lead;
        conflict.setVisible(false);
        fields.fill(lead.form());
    }

    private void save(long version) {
        LeadForm typed = fields.read(clock.instant());
        try {
            LeadDetails after = leads.update(editing.key(), typed, version);
            Notifications.success("Saved " + after.key() + ".");
            saved.accept(after);
        } catch (InvalidInputException e) {
            fields.errors().show(e);
        } catch (ConflictException e) {
            showConflict();
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showConflict() {
        LeadDetails theirs = leads.get(editing.key());
        conflict.removeAll();
        Paragraph text = new Paragraph("Someone else saved " + editing.key() + " after you opened it. Nothing of "
                + "yours is lost: your changes are still in the form below, not saved yet.");
        Button mine = new Button("Save mine over theirs", e -> save(theirs.version()));
        mine.setId("conflict-save-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard mine and show theirs", e -> {
            conflict.setVisible(false);
            saved.accept(theirs);
        });
        discard.setId("conflict-show-theirs");
        conflict.add(text, new HorizontalLayout(mine, discard));
        conflict.setVisible(true);
    }
}
