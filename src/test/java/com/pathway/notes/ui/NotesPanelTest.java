package com.pathway.notes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.notes.NewNote;
import com.pathway.notes.NoteService;
import com.pathway.notes.NoteVisibility;
import com.pathway.notifications.NotificationService;
import com.pathway.shared.ui.MarkupButtons;
import com.pathway.support.DomEvents;
import com.pathway.support.ViewTest;
import com.pathway.support.TimelineText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The notes panel on the lead page and the notifications it leads to, as each role sees them. */
class NotesPanelTest extends ViewTest {

    @Autowired
    LeadService leads;
    @Autowired
    NoteService notes;
    @Autowired
    NotificationService notifications;

    /** A new lead assigned to the demo clinician, so that clinician and coordinator both see it. */
    private String newLead() {
        signInAs("intake");
        String key = leads.create(Leads.withClinician(Leads.form("Noor", "Ashby" + UUID.randomUUID().toString()
                .substring(0, 5), "(202) 555-0" + (100 + (int) (Math.random() * 899)), null), "clinician")).key();
        signOut();
        return key;
    }

    private static TextArea text() {
        return _get(TextArea.class, spec -> spec.withId("note-text"));
    }

    /** What the list says: its notes are markup, each in one element. */
    private static String notesText() {
        Div list = _get(Div.class, spec -> spec.withId("notes-list"));
        StringBuilder text = new StringBuilder(list.getElement().getTextRecursively());
        list.getChildren().forEach(c -> text.append(' ').append(markup(c).text()));
        return text.toString();
    }

    private static org.jsoup.nodes.Element markup(com.vaadin.flow.component.Component c) {
        return org.jsoup.Jsoup.parseBodyFragment(c.getElement().getProperty("innerHTML", "")).body();
    }

    /** A note's button in the list's markup, if it is there. */
    private static java.util.Optional<org.jsoup.nodes.Element> button(String id) {
        return _find(Div.class, spec -> spec.withClasses("note")).stream()
                .map(note -> markup(note).getElementById(id)).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Clicks a note's button, as the browser sends it to the list's one listener. */
    private static void click(String id) {
        Div note = _find(Div.class, spec -> spec.withClasses("note")).stream()
                .filter(n -> markup(n).getElementById(id) != null).findFirst().orElseThrow();
        DomEvents.fire(_get(Div.class, spec -> spec.withId("notes-list")), "click", java.util.Map.of(
                MarkupButtons.ACTION, markup(note).getElementById(id).attr("data-action"),
                NotesPanel.NOTE, note.getElement().getAttribute("data-note"), NotesPanel.ON_A_BUTTON, true));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<NoteVisibility> visibility() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("note-visibility"));
    }

    @Test
    void aClinicianWritesAClinicalNoteThatTheCoordinatorNeitherSeesNorCounts() {
        String key = newLead();
        open("intake", "leads/" + key);
        text().setValue("Prefers calls after 5 pm.");
        _click(_get(Button.class, spec -> spec.withId("note-add")));
        assertThat(TimelineText.text())
                .as("the activity timeline shows the new note at once").contains("Prefers calls after 5 pm.");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("note-visibility")))
                .as("coordinators write general notes only").isEmpty();

        open("clinician", "leads/" + key);
        visibility().setValue(NoteVisibility.CLINICAL);
        text().setValue("Reports poor sleep for two weeks.");
        _click(_get(Button.class, spec -> spec.withId("note-add")));

        assertThat(_get(H3.class, spec -> spec.withId("notes-heading")).getText()).isEqualTo("Notes (2)");
        assertThat(notesText()).contains("Reports poor sleep for two weeks.", "Clinical", "Prefers calls after 5 pm.");

        open("intake", "leads/" + key);
        assertThat(_get(H3.class, spec -> spec.withId("notes-heading")).getText()).isEqualTo("Notes (1)");
        assertThat(notesText()).contains("Prefers calls after 5 pm.").doesNotContain("poor sleep");
        assertThat(TimelineText.text())
                .contains("General note").doesNotContain("poor sleep", "Clinical note");
    }

    @Test
    void textIsShownAsTextWithItsLineBreaksNeverAsMarkup() {
        String key = newLead();
        open("intake", "leads/" + key);
        text().setValue("<b>bold</b><script>alert(1)</script>\nsecond line");
        _click(_get(Button.class, spec -> spec.withId("note-add")));

        // The note is sent as markup in which its text is escaped: the browser reads one text node, no elements.
        org.jsoup.nodes.Element body = markup(_get(Div.class, spec -> spec.withClasses("note")))
                .selectFirst(".note-text");
        assertThat(body.wholeText()).isEqualTo("<b>bold</b><script>alert(1)</script>\nsecond line");
        assertThat(body.children()).as("no elements").isEmpty();
        assertThat(body.childNodeSize()).isOne();
    }

    @Test
    void anEmptyNoteIsRefusedAtTheField() {
        open("intake", "leads/" + newLead());
        text().setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("note-add")));

        assertThat(text().isInvalid()).isTrue();
        assertThat(text().getErrorMessage()).isEqualTo("Write the note's text.");
        assertThat(_get(H3.class, spec -> spec.withId("notes-heading")).getText()).isEqualTo("Notes (0)");
    }

    @Test
    void aPinnedNoteIsShownAcrossTheTopOfTheLeadPage() {
        String key = newLead();
        signInAs("intake");
        long id = notes.write(key, new NewNote("Needs an interpreter (Portuguese).", null)).id();
        open("manager", "leads/" + key);
        assertThat(_find(Div.class, spec -> spec.withId("pinned-notes"))).as("nothing pinned yet").isEmpty();

        click("note-pin-" + id);

        Div pinned = _get(Div.class, spec -> spec.withId("pinned-notes"));
        assertThat(markup(pinned).text()).contains("Pinned notes", "Needs an interpreter (Portuguese).");
        assertThat(button("note-pin-" + id).orElseThrow().text()).isEqualTo("Unpin");
    }

    @Test
    void theAuthorEditsAFreshNoteAndAnyoneAddsAnAddendumUnderIt() {
        String key = newLead();
        signInAs("intake");
        long id = notes.write(key, new NewNote("Left voicemail", null)).id();
        open("intake", "leads/" + key);

        click("note-edit-" + id);
        // the form's Save is a primary button, not also a tertiary one (Lumo draws that as white text on nothing)
        assertThat(_get(Button.class, spec -> spec.withId("note-save-" + id)).getThemeNames())
                .contains("primary").doesNotContain("tertiary");
        _get(TextArea.class, spec -> spec.withId("note-edit-" + id + "-text")).setValue("Left a voicemail at 10:00");
        _click(_get(Button.class, spec -> spec.withId("note-save-" + id)));
        assertThat(notesText()).contains("Left a voicemail at 10:00", "Edited");

        open("manager", "leads/" + key);
        assertThat(button("note-edit-" + id)).as("only its author edits").isEmpty();
        // a request to edit it anyway (made up in the browser) opens no form
        DomEvents.fire(_get(Div.class, spec -> spec.withId("notes-list")), "click", java.util.Map.of(
                MarkupButtons.ACTION, "edit", NotesPanel.NOTE, String.valueOf(id), NotesPanel.ON_A_BUTTON, true));
        assertThat(_find(TextArea.class, spec -> spec.withId("note-edit-" + id + "-text"))).isEmpty();
        click("note-addendum-" + id);
        assertThat(_get(Button.class, spec -> spec.withId("note-addendum-save-" + id)).getThemeNames())
                .contains("primary").doesNotContain("tertiary");
        _get(TextArea.class, spec -> spec.withId("note-addendum-" + id + "-text")).setValue("Called back at 14:00.");
        _click(_get(Button.class, spec -> spec.withId("note-addendum-save-" + id)));

        Div note = _get(Div.class, spec -> spec.withId("note-" + id));
        assertThat(markup(note).text()).contains("Left a voicemail at 10:00", "Addendum",
                "Called back at 14:00.");
    }

    @Test
    void typingAMentionOffersColleaguesAndTheMentionedOneIsToldInTheBell() {
        String key = newLead();
        signInAs("clinician");
        notifications.markAllRead();
        open("intake", "leads/" + key);

        text().setValue("Please review, @clin");
        Button offered = _get(Div.class, spec -> spec.withId("note-mentions")).getChildren()
                .map(Button.class::cast).filter(b -> b.getText().startsWith("@clinician ")).findFirst().orElseThrow();
        _click(offered);
        assertThat(text().getValue()).isEqualTo("Please review, @clinician ");
        _click(_get(Button.class, spec -> spec.withId("note-add")));

        open("clinician", "leads/" + key);
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        String shown = _get(Div.class, spec -> spec.withId("notifications-list")).getElement().getTextRecursively();
        assertThat(shown).contains("Isabel Intake mentioned you on " + key).doesNotContain("Please review");
        _click(_find(Button.class, spec -> spec.withText("Open")).getFirst());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("leads/" + key);
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("no unread left").isEmpty();
    }
}
