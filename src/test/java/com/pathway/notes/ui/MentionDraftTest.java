package com.pathway.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionDraftTest {

    @Test
    void aMentionIsBeingTypedAtTheEndOfTheText() {
        assertThat(MentionDraft.typing("Please ask @da")).hasValue("da");
        assertThat(MentionDraft.typing("@")).hasValue("");
        assertThat(MentionDraft.typing("Line one\n@sam.l")).hasValue("sam.l");
        assertThat(MentionDraft.typing("mail dana@exa")).isEmpty();
        assertThat(MentionDraft.typing("Ask @dana ")).isEmpty();
        assertThat(MentionDraft.typing(null)).isEmpty();
    }

    @Test
    void completingReplacesWhatWasTypedWithTheUserName() {
        assertThat(MentionDraft.complete("Please ask @da", "dana")).isEqualTo("Please ask @dana ");
        assertThat(MentionDraft.complete("No mention", "dana")).isEqualTo("No mention");
    }
}
