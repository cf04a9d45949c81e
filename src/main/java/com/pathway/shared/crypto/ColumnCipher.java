package com.pathway.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one column's values with AES-256-GCM (JDK {@code javax.crypto}) into a text envelope
 * {@code enc:v1:<keyId>:<base64(iv | ciphertext | tag)>}: a random 96-bit IV per value, and the column's
 * purpose label ({@code table.column}) as associated data, so a value copied into another column does not
 * decrypt there. Decryption picks the key named in the envelope, so values written before a rotation keep
 * reading while an older key stays configured. A value without the {@code enc:} prefix is a plain value
 * from before encryption and is returned as it is; writing always encrypts.
 */
public final class ColumnCipher {

    static final String PREFIX = "enc:";
    static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;

    private ColumnCipher(Map<String, SecretKey> keys, String currentKeyId) {
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
    }

    /**
     * The cipher of the configured keys (id to Base64 of 32 bytes) writing with {@code currentKeyId}.
     *
     * @throws IllegalStateException saying which setting is missing or wrong
     */
    public static ColumnCipher of(Map<String, String> base64Keys, String currentKeyId) {
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalStateException("No encryption key is configured. Generate one with "
                    + "'openssl rand -base64 32', set it as PATHWAY_ENCRYPTION_KEYS_<ID> (for example "
                    + "PATHWAY_ENCRYPTION_KEYS_K1) and set PATHWAY_ENCRYPTION_CURRENT_KEY to its id (k1), then start "
                    + "again.");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        (base64Keys == null ? Map.<String, String>of() : base64Keys).forEach((id, value) -> {
            String normal = id.toLowerCase(Locale.ROOT);
            if (!KEY_ID.matcher(normal).matches()) {
                throw new IllegalStateException("The encryption key id '" + id + "' is not usable: use 1 to 32 "
                        + "letters and digits.");
            }
            keys.put(normal, key(normal, value));
        });
        String current = currentKeyId.strip().toLowerCase(Locale.ROOT);
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("The current encryption key '" + current + "' "
                    + "(PATHWAY_ENCRYPTION_CURRENT_KEY) is not configured: set PATHWAY_ENCRYPTION_KEYS_"
                    + current.toUpperCase(Locale.ROOT) + " to its 32 bytes in Base64. Configured ids: "
                    + (keys.isEmpty() ? "none" : String.join(", ", keys.keySet())) + ".");
        }
        return new ColumnCipher(keys, current);
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key '" + id + "' is not valid Base64. Generate one with "
                    + "'openssl rand -base64 32'.");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The encryption key '" + id + "' has " + bytes.length + " bytes; "
                    + "AES-256 needs 32. Generate one with 'openssl rand -base64 32'.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The id of the key new values are written with. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The start of every value written with the current key, for finding the ones that are not. */
    public String currentPrefix() {
        return PREFIX + VERSION + ":" + currentKeyId + ":";
    }

    /** Whether a stored value is a plain value from before encryption ({@code null} is not). */
    public static boolean isPlain(String stored) {
        return stored != null && !stored.startsWith(PREFIX);
    }

    /** The envelope of {@code plain} for the column {@code purpose}; {@code null} stays {@code null}. */
    public String encrypt(String purpose, String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + VERSION + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("A value for " + purpose + " could not be encrypted.", e);
        }
    }

    /**
     * The plain value of a stored one in the column {@code purpose}: a plain value from before encryption as
     * it is, {@code null} as {@code null}.
     *
     * @throws EncryptionException when the value was changed, belongs to another column, or names a key that
     *     is not configured
     */
    public String decrypt(String purpose, String stored) {
        if (stored == null || isPlain(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4 || !VERSION.equals(parts[1])) {
            throw new EncryptionException("A value in " + purpose + " is not in a known encrypted form ("
                    + (parts.length > 1 ? parts[1] : "no version") + ").");
        }
        SecretKey key = keys.get(parts[2]);
        if (key == null) {
            throw new EncryptionException("A value in " + purpose + " was encrypted with the key '" + parts[2]
                    + "', which is not configured: add it again as PATHWAY_ENCRYPTION_KEYS_"
                    + parts[2].toUpperCase(Locale.ROOT) + " (keep old keys until the rotation has run).");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw tampered(purpose, e);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw tampered(purpose, null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw tampered(purpose, e);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("A value in " + purpose + " could not be decrypted.", e);
        }
    }

    private static EncryptionException tampered(String purpose, Exception cause) {
        return new EncryptionException("A value in " + purpose + " could not be decrypted: it was changed in the "
                + "database or copied from another column.", cause);
    }
}
