package com.pathway.clinic.screening.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.clinic.screening.ScreeningState;
import com.pathway.clinic.screening.ScreeningView;
import com.pathway.shared.ConflictException;

/**
 * One revision of a lead's screening. A draft's answers change; signing locks it for good (every change
 * after that is refused here, whoever asks), and a later change is a new revision, {@link #revise}, that
 * starts from its answers and names it.
 */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Column(nullable = false, updatable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScreeningState state;
    @Column(updatable = false)
    private Long supersedes;
    private Boolean contraindicated;
    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "signed_by", length = 64)
    private String signedBy;
    @Column(name = "signed_by_name", length = 120)
    private String signedByName;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
    @OrderBy("position")
    private List<ScreeningAnswer> answers = new ArrayList<>();

    protected Screening() {
    }

    private Screening(long itemId, String itemKey, int revision, Long supersedes, List<ScreeningAnswer> answers,
            String by, Instant now) {
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.revision = revision;
        this.supersedes = supersedes;
        this.state = ScreeningState.DRAFT;
        this.answers = new ArrayList<>(answers);
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The lead's first screening, asking the clinic's active checklist items. */
    public static Screening first(long itemId, String itemKey, List<ScreeningItem> checklist, String by, Instant now) {
        return new Screening(itemId, itemKey, 1, null, checklist.stream()
                .sorted(Comparator.comparingInt(ScreeningItem::getPosition)).map(ScreeningAnswer::new).toList(), by, now);
    }

    /** A new draft that changes this signed screening, starting from its answers. */
    public Screening revise(String by, Instant now) {
        if (state != ScreeningState.SIGNED) {
            throw new ConflictException("Revision " + revision + " of the screening is still a draft: change it"
                    + " and sign it instead of starting another.");
        }
        return new Screening(itemId, itemKey, revision + 1, id, answers.stream().map(ScreeningAnswer::copy).toList(),
                by, now);
    }

    /** Changes the answer to one item of this draft; an item this screening does not ask is refused by the caller. */
    public void answer(long checklistItemId, Boolean yes, String note, Instant now) {
        requireDraft();
        answers.stream().filter(a -> a.getChecklistItemId() == checklistItemId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + checklistItemId))
                .answer(yes, note);
        updatedAt = now;
    }

    public boolean asks(long checklistItemId) {
        return answers.stream().anyMatch(a -> a.getChecklistItemId() == checklistItemId);
    }

    /** The yes/no items still unanswered, by their wording. */
    public List<String> unanswered() {
        return answers.stream().filter(ScreeningAnswer::unanswered).map(ScreeningAnswer::getLabel).toList();
    }

    /** Signs this draft: every yes/no item must be answered (the caller checks and names the missing ones). */
    public void sign(String by, String byName, Instant now) {
        requireDraft();
        if (!unanswered().isEmpty()) {
            throw new IllegalStateException("Unanswered items");
        }
        contraindicated = answers.stream().anyMatch(ScreeningAnswer::contraindicates);
        state = ScreeningState.SIGNED;
        signedBy = by;
        signedByName = byName;
        signedAt = now;
        updatedAt = now;
    }

    private void requireDraft() {
        if (state == ScreeningState.SIGNED) {
            throw new ConflictException("Revision " + revision + " of the screening was signed by " + signedByName
                    + " and is locked: start a new version to change it.");
        }
    }

    public ScreeningView view() {
        return new ScreeningView(id, itemKey, revision, state, supersedes,
                answers.stream().map(ScreeningAnswer::view).toList(), contraindicated, createdBy, createdAt,
                updatedAt, signedBy, signedByName, signedAt, version);
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public ScreeningState getState() {
        return state;
    }

    public boolean isContraindicated() {
        return Boolean.TRUE.equals(contraindicated);
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ScreeningAnswer> getAnswers() {
        return answers;
    }
}
