package com.pathway.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEachMentionOnceInOrderInLowerCase() {
        assertThat(Mentions.in("@Dana please ask @sam.lee, then @dana again.\n(@kim-2)"))
                .containsExactly("dana", "sam.lee", "kim-2");
    }

    @Test
    void aSentencesFullStopIsNotPartOfTheName() {
        assertThat(Mentions.in("Thanks @dana.")).containsExactly("dana");
        assertThat(Mentions.in("Ask @sam_-")).containsExactly("sam");
    }

    @Test
    void eMailAddressesAndShortWordsAreNoMentions() {
        assertThat(Mentions.in("Write to dana@example.org or @ab about it; @ alone")).isEmpty();
    }

    @Test
    void addedAreTheMentionsTheEarlierTextDidNotHave() {
        assertThat(Mentions.added("Ask @dana", "Ask @dana and @sam")).containsExactly("sam");
    }
}
