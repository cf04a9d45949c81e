package com.pathway.notes.ui;

import java.util.List;
import java.util.function.Function;

import com.pathway.notes.NoteService;
import com.pathway.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A note's text area with mention suggestions: while an {@code @name} is being typed at the end of the
 * text, the colleagues who may be mentioned there (asked from {@code suggest}) are offered as buttons
 * that complete it.
 */
class NoteEditor extends Div {

    private final TextArea text = new TextArea();
    private final Div suggestions = new Div();
    private final Function<String, List<StaffMember>> suggest;

    NoteEditor(String idPrefix, String label, Function<String, List<StaffMember>> suggest) {
        this.suggest = suggest;
        addClassName("note-editor");
        text.setId(idPrefix + "-text");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(3);
        text.setMaxLength(NoteService.MAX_TEXT);
        text.setHelperText("Type @ and a name to mention a colleague; they are told you mentioned them, not what you wrote.");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(e -> offer(e.getValue()));
        suggestions.setId(idPrefix + "-mentions");
        suggestions.addClassName("note-mention-suggestions");
        suggestions.setVisible(false);
        add(text, suggestions);
    }

    TextArea field() {
        return text;
    }

    String value() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
        suggestions.setVisible(false);
    }

    void clear() {
        setValue("");
        text.setInvalid(false);
        text.setErrorMessage(null);
    }

    private void offer(String value) {
        suggestions.removeAll();
        var typing = MentionDraft.typing(value);
        List<StaffMember> found = typing.map(suggest).orElse(List.of());
        for (StaffMember member : found) {
            Button b = new Button("@" + member.username() + " · " + member.displayName(), e -> {
                text.setValue(MentionDraft.complete(text.getValue(), member.username()));
                suggestions.setVisible(false);
                text.focus();
            });
            b.addClassName("note-mention-option");
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            suggestions.add(b);
        }
        suggestions.setVisible(!found.isEmpty());
    }
}
