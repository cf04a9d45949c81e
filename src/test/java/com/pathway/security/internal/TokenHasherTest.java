package com.pathway.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenHasherTest {

    @Test
    void newTokensHaveThePrefixAnd32RandomAlphanumerics() {
        String token = TokenHasher.newToken();
        assertThat(token).startsWith("pwt_").hasSize(36);
        assertThat(token.substring(4)).matches("[A-Za-z0-9]{32}");
    }

    @Test
    void newTokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TokenHasher.newToken())).isTrue();
        }
    }

    @Test
    void hashIsTheHexSha256OfTheValue() {
        // echo -n abc | sha256sum
        assertThat(TokenHasher.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenHasher.newToken();
        assertThat(TokenHasher.hash(token)).isEqualTo(TokenHasher.hash(token)).hasSize(64)
                .doesNotContain(token.substring(4));
        assertThat(TokenHasher.hash(token)).isNotEqualTo(TokenHasher.hash(token + "x"));
    }

    @Test
    void hintShowsThePrefixAndTheLastFourCharactersOnly() {
        assertThat(TokenHasher.hint("pwt_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")).isEqualTo("pwt_…2345");
        assertThat(TokenHasher.hint(TokenHasher.newToken()).length()).isLessThanOrEqualTo(16);
    }

    @Test
    void hintNeverRepeatsThePrefixForShortValues() {
        assertThat(TokenHasher.hint("pwt_ab")).isEqualTo("pwt_…ab");
    }
}
