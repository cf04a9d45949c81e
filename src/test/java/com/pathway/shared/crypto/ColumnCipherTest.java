package com.pathway.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnCipherTest {

    static final String KEY_A = "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=";
    static final String KEY_B = "YmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmI=";
    final ColumnCipher cipher = ColumnCipher.of(Map.of("a", KEY_A), "a");

    @Test
    void encryptsIntoAVersionedEnvelopeThatNamesTheKeyAndReadsBack() {
        String stored = cipher.encrypt("note.body", "Panic attacks since May — feels better ✓");

        assertThat(stored).startsWith("enc:v1:a:").doesNotContain("Panic");
        assertThat(cipher.decrypt("note.body", stored)).isEqualTo("Panic attacks since May — feels better ✓");
        assertThat(cipher.encrypt("note.body", "")).isNotEqualTo(cipher.encrypt("note.body", ""));
        assertThat(cipher.decrypt("note.body", cipher.encrypt("note.body", ""))).isEmpty();
    }

    @Test
    void theSameTextTwiceGivesTwoDifferentValues() {
        assertThat(cipher.encrypt("lead.message", "Call me")).isNotEqualTo(cipher.encrypt("lead.message", "Call me"));
    }

    @Test
    void nullStaysNullAndAPlainValueFromBeforeEncryptionReadsAsItIs() {
        assertThat(cipher.encrypt("lead.message", null)).isNull();
        assertThat(cipher.decrypt("lead.message", null)).isNull();
        assertThat(cipher.decrypt("lead.message", "Asked about a consultation.")).isEqualTo("Asked about a consultation.");
    }

    @Test
    void aChangedByteIsAClearErrorNotGarbage() {
        String stored = cipher.encrypt("note.body", "Clinical observation");
        int at = stored.lastIndexOf(':') + 1;
        byte[] raw = Base64.getDecoder().decode(stored.substring(at));
        raw[raw.length / 2] ^= 1;
        String tampered = stored.substring(0, at) + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt("note.body", tampered)).isInstanceOf(EncryptionException.class)
                .hasMessage("A value in note.body could not be decrypted: it was changed in the database or copied "
                        + "from another column.");
        assertThatThrownBy(() -> cipher.decrypt("note.body", stored.substring(0, at) + "not*base64"))
                .isInstanceOf(EncryptionException.class).hasMessageContaining("could not be decrypted");
        assertThatThrownBy(() -> cipher.decrypt("note.body", stored.substring(0, at) + "AAAA"))
                .isInstanceOf(EncryptionException.class).hasMessageContaining("could not be decrypted");
        assertThatThrownBy(() -> cipher.decrypt("note.body", stored.replace("enc:v1:", "enc:v9:")))
                .isInstanceOf(EncryptionException.class).hasMessageContaining("not in a known encrypted form (v9)");
    }

    @Test
    void aValueMovedToAnotherColumnIsRefused() {
        String secret = cipher.encrypt("webhook.secret", "whsec_123");

        assertThatThrownBy(() -> cipher.decrypt("note.body", secret)).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("copied from another column");
    }

    @Test
    void aKeyThatIsNotConfiguredIsNamedInTheError() {
        String stored = ColumnCipher.of(Map.of("b", KEY_B), "b").encrypt("note.body", "text");

        assertThatThrownBy(() -> cipher.decrypt("note.body", stored)).isInstanceOf(EncryptionException.class)
                .hasMessage("A value in note.body was encrypted with the key 'b', which is not configured: add it again "
                        + "as PATHWAY_ENCRYPTION_KEYS_B (keep old keys until the rotation has run).");
    }

    @Test
    void aRotatedCipherWritesWithTheNewKeyAndStillReadsTheOld() {
        String old = cipher.encrypt("note.body", "before");
        ColumnCipher rotated = ColumnCipher.of(Map.of("a", KEY_A, "b", KEY_B), "b");

        assertThat(rotated.encrypt("note.body", "after")).startsWith("enc:v1:b:");
        assertThat(rotated.currentPrefix()).isEqualTo("enc:v1:b:");
        assertThat(rotated.decrypt("note.body", old)).isEqualTo("before");
    }

    @Test
    void keyIdsFromTheEnvironmentAreReadInLowerCase() {
        ColumnCipher upper = ColumnCipher.of(Map.of("K2026", KEY_A), "K2026");

        assertThat(upper.currentKeyId()).isEqualTo("k2026");
        assertThat(upper.encrypt("note.body", "x")).startsWith("enc:v1:k2026:");
    }

    @Test
    void refusesAMissingOrUnusableKeyWithWhatToSet() {
        assertThatThrownBy(() -> ColumnCipher.of(Map.of(), "")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No encryption key is configured.").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> ColumnCipher.of(Map.of("a", KEY_A), "b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The current encryption key 'b' (PATHWAY_ENCRYPTION_CURRENT_KEY) is not configured: set "
                        + "PATHWAY_ENCRYPTION_KEYS_B to its 32 bytes in Base64. Configured ids: a.");
        assertThatThrownBy(() -> ColumnCipher.of(Map.of("a", "c2hvcnQ="), "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 5 bytes; AES-256 needs 32");
        assertThatThrownBy(() -> ColumnCipher.of(Map.of("a", "**"), "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not valid Base64");
        assertThatThrownBy(() -> ColumnCipher.of(Map.of("a:b", KEY_A), "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("use 1 to 32 letters and digits");
    }
}
