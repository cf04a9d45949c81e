package com.pathway.clinic.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadFilter;
import com.pathway.shared.InvalidInputException;

/**
 * The lead list's {@code nextPageToken}: where the last page ended ({@link LeadSearch.Position}), bound to
 * the sort and the filters that produced it and signed (HMAC-SHA256), so that a client can neither forge a
 * position nor carry a token over to another query. Opaque to clients: base64url text whose content may
 * change between versions.
 * <p>
 * The key is {@code pathway.leads.page-token-secret}; without it each start draws a random key, and tokens
 * handed out before a restart (or by another node) answer 422 and the client starts again from the first
 * page. Several nodes behind one address share the setting.
 */
@Component
public class LeadPageTokens {

    static final String FIELD = "nextPageToken";
    private static final String VERSION = "1";
    private static final char SEPARATOR = '\n';
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public LeadPageTokens(@Value("${pathway.leads.page-token-secret:}") String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The token of the page after {@code position} for this filter and order. */
    public String token(LeadFilter filter, Sort.Order order, LeadSearch.Position position) {
        Object value = position.value();
        String kind = value == null ? "N" : value instanceof Instant ? "T" : "S";
        String text = value == null ? "" : value.toString();
        String payload = String.join(String.valueOf(SEPARATOR), VERSION, query(filter, order), kind,
                ENCODE.encodeToString(text.getBytes(StandardCharsets.UTF_8)), Long.toString(position.id()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(sign(bytes));
    }

    /**
     * The position a token holds, after checking its signature and that it was made for this filter and
     * order; 422 naming {@value #FIELD} when it was altered, is not a token, or belongs to another query.
     */
    public LeadSearch.Position position(String token, LeadFilter filter, Sort.Order order) {
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, Math.max(dot, 0)));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (dot < 0 || !MessageDigest.isEqual(sign(payload), signature)) {
            throw invalid();
        }
        List<String> parts = List.of(new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != 5 || !parts.get(0).equals(VERSION)) {
            throw invalid();
        }
        if (!parts.get(1).equals(query(filter, order))) {
            throw InvalidInputException.of(FIELD, "This token continues another query: send the same filters and"
                    + " sort as the request that returned it, or leave the token out to start from the first page.");
        }
        try {
            String text = new String(DECODE.decode(parts.get(3)), StandardCharsets.UTF_8);
            Object value = switch (parts.get(2)) {
                case "N" -> null;
                case "T" -> Instant.parse(text);
                case "S" -> text;
                default -> throw invalid();
            };
            return new LeadSearch.Position(value, Long.parseLong(parts.get(4)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    /** A digest of the filter and the order, so that the token holds neither. */
    private String query(LeadFilter filter, Sort.Order order) {
        String text = filter + "|" + order.getProperty() + "," + order.getDirection();
        return ENCODE.encodeToString(sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] sign(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of(FIELD, "This page token is not one this list handed out (or it was"
                + " changed): leave it out to start from the first page.");
    }
}
