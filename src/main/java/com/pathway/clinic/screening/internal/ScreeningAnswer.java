package com.pathway.clinic.screening.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.pathway.clinic.screening.Answer;
import com.pathway.clinic.screening.ItemKind;

/** An answer on a screening, with the checklist item's wording copied as it was asked. */
@Embeddable
public class ScreeningAnswer {

    @Column(name = "checklist_item_id", nullable = false)
    private long checklistItemId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 300)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;
    @Column(nullable = false)
    private boolean contraindication;
    @Convert(converter = ScreeningEncryption.Answer.class)
    private String answer;
    @Convert(converter = ScreeningEncryption.Note.class)
    private String note;

    protected ScreeningAnswer() {
    }

    ScreeningAnswer(ScreeningItem item) {
        this(item.getId(), item.getPosition(), item.getLabel(), item.getKind(), item.isContraindication(), null, null);
    }

    private ScreeningAnswer(long checklistItemId, int position, String label, ItemKind kind, boolean contraindication,
            String answer, String note) {
        this.checklistItemId = checklistItemId;
        this.position = position;
        this.label = label;
        this.kind = kind;
        this.contraindication = contraindication;
        this.answer = answer;
        this.note = note;
    }

    ScreeningAnswer copy() {
        return new ScreeningAnswer(checklistItemId, position, label, kind, contraindication, answer, note);
    }

    void answer(Boolean yes, String note) {
        this.answer = kind == ItemKind.TEXT || yes == null ? null : yes ? "YES" : "NO";
        this.note = note;
    }

    boolean unanswered() {
        return kind == ItemKind.YES_NO && answer == null;
    }

    boolean contraindicates() {
        return contraindication && "YES".equals(answer);
    }

    public long getChecklistItemId() {
        return checklistItemId;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    Answer view() {
        return new Answer(checklistItemId, label, kind, contraindication, answer == null ? null : "YES".equals(answer),
                note);
    }
}
