package com.pathway.notes.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.notes.NoteVisibility;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;

/**
 * A note on a lead's work item, or an addendum to one. It guards its own rules: only its author changes
 * its text, and only within {@link #EDIT_WINDOW} of writing it; an addendum belongs to an original and
 * shares its visibility; only originals are pinned. There is no way to delete it.
 */
@Entity
@Table(name = "note")
public class Note {

    /** How long after writing a note its author may still change its text. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private NoteVisibility visibility;
    @Convert(converter = NoteEncryption.Body.class)
    @Column(nullable = false)
    private String body;
    @Column(nullable = false, updatable = false, length = 64)
    private String author;
    @Column(name = "author_name", nullable = false, updatable = false, length = 120)
    private String authorName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "addendum_of", updatable = false)
    private Long addendumOf;
    @Column(name = "pinned_at")
    private Instant pinnedAt;
    @Column(name = "pinned_by", length = 64)
    private String pinnedBy;
    @Version
    private long version;

    protected Note() {
    }

    public Note(long itemId, String itemKey, NoteVisibility visibility, String body, String author, String authorName,
            Instant now) {
        this(itemId, itemKey, visibility, body, author, authorName, now, null);
    }

    private Note(long itemId, String itemKey, NoteVisibility visibility, String body, String author,
            String authorName, Instant now, Long addendumOf) {
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.visibility = visibility;
        this.body = body;
        this.author = author;
        this.authorName = authorName;
        this.createdAt = now;
        this.addendumOf = addendumOf;
    }

    /** An addendum to this note (or, if this is an addendum, to its original), with the same visibility. */
    public Note addendum(String text, String by, String byName, Instant now) {
        if (id == null) {
            throw new IllegalStateException("An addendum needs a saved note to belong to.");
        }
        return new Note(itemId, itemKey, visibility, text, by, byName, now, addendumOf != null ? addendumOf : id);
    }

    /** Replaces the text: only its author, only until {@link #editableUntil()}. */
    public void edit(String text, String by, Instant now) {
        if (!author.equalsIgnoreCase(by)) {
            throw new ForbiddenException("Only the author of a note edits it; add an addendum instead.");
        }
        if (!now.isBefore(editableUntil())) {
            throw new ConflictException("A note can be edited for " + EDIT_WINDOW.toMinutes()
                    + " minutes after it is written; add an addendum to correct this one.");
        }
        if (!text.equals(body)) {
            body = text;
            editedAt = now;
        }
    }

    public void pin(String by, Instant now) {
        if (addendumOf != null) {
            throw new ConflictException("Pin the note itself, not one of its addenda.");
        }
        if (pinnedAt == null) {
            pinnedAt = now;
            pinnedBy = by;
        }
    }

    public void unpin() {
        pinnedAt = null;
        pinnedBy = null;
    }

    public Instant editableUntil() {
        return createdAt.plus(EDIT_WINDOW);
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Long getAddendumOf() {
        return addendumOf;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public String getPinnedBy() {
        return pinnedBy;
    }

    public boolean isPinned() {
        return pinnedAt != null;
    }
}
