package com.pathway.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API token values and their hashes. Tokens carry 192 random bits, so a plain SHA-256 is the right
 * hash: unlike a password, a token cannot be guessed from a dictionary.
 */
public final class TokenHasher {

    public static final String PREFIX = "pwt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private TokenHasher() {
    }

    public static String newToken() {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < 32; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The part shown in lists so a user can tell tokens apart: the prefix and the last 4 characters. */
    public static String hint(String token) {
        return PREFIX + "…" + token.substring(Math.max(PREFIX.length(), token.length() - 4));
    }
}
