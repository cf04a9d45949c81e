package com.pathway.security.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * RFC 6238 codes through the {@code dev.samstevens.totp} library: 6 digits, 30-second steps, SHA-1 (what
 * every authenticator app understands). A code is accepted for the current step and one step either side,
 * for clocks a little apart. The time comes from the caller, so tests can fix it.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    public static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A TOTP code could not be computed", e);
        }
    }

    /** The step {@code code} belongs to (now, one before or one after), if it is valid at all. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        // The current step first: an app in time matches it with one code computed, not two.
        for (long step : new long[] {current, current - 1, current + 1}) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public static String otpauthUri(String issuer, String account, String secret) {
        return data(issuer, account, secret).getUri();
    }

    /** The QR code of the {@code otpauth://} address as a PNG data URI. */
    public static String qrCode(String issuer, String account, String secret) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(200);
            return Utils.getDataUriForImage(generator.generate(data(issuer, account, secret)),
                    generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** The secret in groups of four characters, easier to type. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static QrData data(String issuer, String account, String secret) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
