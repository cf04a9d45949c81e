package com.pathway.clinic.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.pathway.clinic.EmailConsentProperties;

/**
 * Signed unsubscribe tokens: the lead's id and the moment its e-mail consent was given, signed with
 * HMAC-SHA256. A token is bound to that one consent: once it is withdrawn (or given again later) the token
 * no longer matches, so a used link cannot withdraw anything twice.
 */
@Component
public class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** What a well-formed, correctly signed token names. */
    public record Claim(long leadId, long consentGivenAt) {
    }

    private final byte[] key;

    public UnsubscribeTokens(EmailConsentProperties properties) {
        if (properties.secret() == null || properties.secret().isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("pathway.clinic.email-consent.secret is not set: unsubscribe links work until the next restart.");
        } else {
            key = properties.secret().getBytes(StandardCharsets.UTF_8);
        }
    }

    public String sign(long leadId, Instant consentGivenAt) {
        String payload = ENCODE.encodeToString((leadId + ":" + consentGivenAt.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The claim of a token whose signature is right; empty for anything else. */
    public Optional<Claim> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            String payload = token.substring(0, dot);
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(payload), StandardCharsets.UTF_8).split(":");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Claim(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
