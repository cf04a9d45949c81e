package com.pathway.clinic.screening.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.screening.Answer;
import com.pathway.clinic.screening.AnswerInput;
import com.pathway.clinic.screening.ChecklistItem;
import com.pathway.clinic.screening.ItemKind;
import com.pathway.clinic.screening.ScreeningDraft;
import com.pathway.clinic.screening.ScreeningRecord;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningState;
import com.pathway.clinic.screening.ScreeningView;
import com.pathway.clinic.ui.LeadPanel;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The lead page's screening card, for clinicians: the clinic's own checklist answered yes or no (with a
 * note) or in words, saved as a draft and signed; a signed screening is shown locked with who signed it
 * and when, and "Start a new version" for a change; earlier versions below; then the treatment consent
 * ({@link ConsentForm}). Everyone else does not get this card: the lead's facts say whether screening is
 * complete. All rules are {@link ScreeningService}'s; refusals show under the buttons.
 */
@StyleSheet("context://styles/clinical.css")
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(1)
public class ScreeningPanel extends Div implements LeadPanel {

    static final String YES = "Yes";
    static final String NO = "No";

    private final ScreeningService screenings;
    private final ClinicTime time;
    private final Span state = new Span();
    private final Div questions = new Div();
    private final Paragraph signedLine = new Paragraph();
    private final Button save = new Button("Save draft", e -> save(false));
    private final Button sign = new Button("Sign screening", e -> save(true));
    private final Button revise = new Button("Start a new version", e -> revise());
    private final InlineAlert refusal = new InlineAlert();
    private final Div earlier = new Div();
    private final ConsentForm consent;
    private final Map<Long, RadioButtonGroup<String>> choices = new LinkedHashMap<>();
    private final Map<Long, com.vaadin.flow.component.AbstractField<?, String>> notes = new LinkedHashMap<>();
    private final LeadPermissions permissions;
    private String key;
    private ScreeningView current;
    private Runnable changed = () -> { };

    public ScreeningPanel(ScreeningService screenings, LeadPermissions permissions, ClinicTime time) {
        this.screenings = screenings;
        this.time = time;
        this.consent = new ConsentForm(screenings, time, () -> changed.run());
        setId("lead-screening");
        addClassNames("lead-card", "lead-screening-card");
        this.permissions = permissions;
        setVisible(permissions.mayRecordScreening());
        H3 heading = new H3("Screening checklist");
        state.setId("screening-state");
        state.getElement().getThemeList().add("badge");
        Div head = new Div(heading, state);
        head.addClassName("lead-card-head");
        Paragraph own = new Paragraph("The clinic's own checklist, kept by its administrators; items marked"
                + " \u201Cexample\u201D are shipped examples for the clinic's medical director to review.");
        own.addClassName("screening-own");
        questions.setId("screening-questions");
        signedLine.setId("screening-signed");
        save.setId("screening-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        sign.setId("screening-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        revise.setId("screening-revise");
        revise.addThemeVariants(ButtonVariant.LUMO_SMALL);
        refusal.setId("screening-refusal");
        Div buttons = new Div(save, sign, revise, refusal);
        buttons.addClassName("screening-buttons");
        earlier.setId("screening-earlier");
        add(head, own, questions, signedLine, buttons, earlier, consent);
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public boolean offered() {
        return permissions.mayRecordScreening();
    }

    @Override
    public void whenChanged(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public boolean changesLead() {
        return true;
    }

    @Override
    public void show(LeadDetails lead) {
        // Checked again each time: a role taken away meanwhile hides the card instead of failing the page.
        setVisible(permissions.mayRecordScreening());
        if (!isVisible()) {
            return;
        }
        key = lead.key();
        refusal.clear();
        try {
            show(screenings.get(key));
        } catch (NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }

    private void show(ScreeningRecord record) {
        current = record.current();
        List<Answer> answers = current != null ? current.answers() : record.checklist().stream()
                .map(ScreeningPanel::unanswered).toList();
        boolean locked = current != null && current.state() == ScreeningState.SIGNED;
        questions.removeAll();
        choices.clear();
        notes.clear();
        Map<Long, Boolean> examples = new LinkedHashMap<>();
        record.checklist().forEach(i -> examples.put(i.id(), i.example()));
        answers.forEach(a -> questions.add(question(a, Boolean.TRUE.equals(examples.get(a.itemId())), locked)));
        state.setText(current == null ? "Not started" : locked ? "Signed" : "Draft, version " + current.revision());
        state.getElement().getThemeList().set("success", locked);
        signedLine.setVisible(locked);
        if (locked) {
            signedLine.setText("Version " + current.revision() + " signed by " + current.signedByName() + ", "
                    + time.format(current.signedAt()) + ". Locked: a change is a new version that keeps this one.");
        }
        save.setVisible(!locked);
        sign.setVisible(!locked);
        revise.setVisible(locked);
        showEarlier(record.earlier());
        consent.show(key, record.consent());
    }

    private Div question(Answer a, boolean example, boolean locked) {
        Span label = new Span(a.label());
        label.addClassName("screening-label");
        Div row = new Div(label);
        row.addClassName("screening-question");
        if (a.contraindication()) {
            row.add(tag("contraindication"));
        }
        if (example) {
            row.add(tag("example"));
        }
        if (a.kind() == ItemKind.YES_NO) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>();
            choice.setItems(YES, NO);
            choice.setAriaLabel(a.label());
            choice.setValue(a.yes() == null ? null : a.yes() ? YES : NO);
            choice.setReadOnly(locked);
            choice.setId("screening-answer-" + a.itemId());
            choices.put(a.itemId(), choice);
            TextField note = new TextField();
            note.setPlaceholder("Note (optional)");
            note.setAriaLabel("Note on " + a.label());
            note.setValue(a.note() == null ? "" : a.note());
            note.setReadOnly(locked);
            note.setMaxLength(ScreeningService.MAX_NOTE);
            note.setWidthFull();
            notes.put(a.itemId(), note);
            row.add(choice, note);
        } else {
            TextArea text = new TextArea();
            text.setAriaLabel(a.label());
            text.setValue(a.note() == null ? "" : a.note());
            text.setReadOnly(locked);
            text.setMaxLength(ScreeningService.MAX_NOTE);
            text.setWidthFull();
            text.setId("screening-text-" + a.itemId());
            notes.put(a.itemId(), text);
            row.add(text);
        }
        return row;
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.getElement().getThemeList().add("badge small contrast");
        tag.addClassName("screening-tag");
        return tag;
    }

    private void showEarlier(List<ScreeningView> older) {
        earlier.removeAll();
        earlier.setVisible(!older.isEmpty());
        if (older.isEmpty()) {
            return;
        }
        Div list = new Div();
        for (ScreeningView v : older) {
            Div line = new Div(new Span("Version " + v.revision() + ": signed by " + v.signedByName() + ", "
                    + time.format(v.signedAt()) + (Boolean.TRUE.equals(v.contraindicated())
                            ? "; a contraindication was answered yes." : "; no contraindication answered yes.")));
            for (Answer a : v.answers()) {
                line.add(new Div(new Span(a.label() + ": " + (a.kind() == ItemKind.TEXT ? "" : a.yes() == null ? "not answered"
                        : a.yes() ? YES : NO) + (a.note() == null ? "" : (a.kind() == ItemKind.TEXT ? "" : " \u2013 ") + a.note()))));
            }
            line.addClassName("screening-earlier-version");
            list.add(line);
        }
        Details details = new Details("Earlier versions (" + older.size() + ")", list);
        earlier.add(details);
    }

    private void save(boolean signing) {
        refusal.clear();
        List<AnswerInput> answers = new ArrayList<>();
        notes.forEach((id, note) -> {
            RadioButtonGroup<String> choice = choices.get(id);
            Boolean yes = choice == null || choice.getValue() == null ? null : YES.equals(choice.getValue());
            answers.add(new AnswerInput(id, yes, note.getValue()));
        });
        ScreeningDraft draft = new ScreeningDraft(answers, current == null ? null : current.version());
        try {
            if (signing) {
                screenings.sign(key, draft);
                Notifications.success("Screening signed for " + key + ".");
            } else {
                screenings.saveDraft(key, draft);
                Notifications.success("Screening draft saved for " + key + ".");
            }
            show(screenings.get(key));
            changed.run();
        } catch (InvalidInputException e) {
            refusal.show(signing ? "The screening was not signed." : "The draft was not saved.",
                    List.copyOf(e.fieldErrors().values()));
        } catch (ConflictException | NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }

    private void revise() {
        refusal.clear();
        try {
            screenings.revise(key);
            show(screenings.get(key));
            changed.run();
        } catch (ConflictException | NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }

    private static Answer unanswered(ChecklistItem item) {
        return new Answer(item.id(), item.label(), item.kind(), item.contraindication(), null, null);
    }
}
