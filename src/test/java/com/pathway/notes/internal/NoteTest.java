package com.pathway.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.pathway.notes.NoteVisibility;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;

/** The note's own rules with a fixed clock: the 15-minute window, who edits, addenda and pins. */
class NoteTest {

    static final Clock WRITTEN = Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC);

    private static Note note(NoteVisibility visibility) {
        return new Note(7, "PW-7", visibility, "Prefers evening calls", "dana", "Dana Reyes", WRITTEN.instant());
    }

    private static Instant after(Duration d) {
        return Clock.offset(WRITTEN, d).instant();
    }

    @Test
    void itsAuthorEditsItUntilFifteenMinutesHavePassed() {
        Note note = note(NoteVisibility.GENERAL);

        note.edit("Prefers morning calls", "dana", after(Duration.ofMinutes(14).plusSeconds(59)));

        assertThat(note.getBody()).isEqualTo("Prefers morning calls");
        assertThat(note.getEditedAt()).isEqualTo(after(Duration.ofMinutes(14).plusSeconds(59)));
        assertThat(note.editableUntil()).isEqualTo(after(Duration.ofMinutes(15)));
    }

    @Test
    void atFifteenMinutesTheTextIsFixedAndACorrectionIsAnAddendum() {
        Note note = note(NoteVisibility.GENERAL);

        assertThatThrownBy(() -> note.edit("Mornings", "dana", after(Duration.ofMinutes(15))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A note can be edited for 15 minutes after it is written; add an addendum to correct this one.");
        assertThat(note.getBody()).isEqualTo("Prefers evening calls");
    }

    @Test
    void nobodyButItsAuthorEditsIt() {
        Note note = note(NoteVisibility.GENERAL);

        assertThatThrownBy(() -> note.edit("Mornings", "sam", after(Duration.ofMinutes(1))))
                .isInstanceOf(ForbiddenException.class);
        note.edit("Mornings", "DANA", after(Duration.ofMinutes(1)));
        assertThat(note.getBody()).isEqualTo("Mornings");
    }

    @Test
    void anAddendumKeepsTheVisibilityAndIsNeverPinned() {
        Note note = note(NoteVisibility.CLINICAL);
        ReflectionTestUtils.setField(note, "id", 41L);
        Note addendum = note.addendum("Correction", "sam", "Sam Lee", after(Duration.ofHours(2)));

        assertThat(addendum.getVisibility()).isEqualTo(NoteVisibility.CLINICAL);
        assertThat(addendum.getItemKey()).isEqualTo("PW-7");
        assertThat(addendum.getAddendumOf()).isEqualTo(41L);
        assertThat(addendum.editableUntil()).isEqualTo(after(Duration.ofHours(2).plusMinutes(15)));
        assertThatThrownBy(() -> addendum.pin("sam", after(Duration.ofHours(3)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void pinningKeepsTheFirstPinUntilUnpinned() {
        Note note = note(NoteVisibility.GENERAL);

        note.pin("sam", after(Duration.ofDays(1)));
        note.pin("kim", after(Duration.ofDays(2)));
        assertThat(note.getPinnedBy()).isEqualTo("sam");
        note.unpin();
        assertThat(note.isPinned()).isFalse();
    }
}
