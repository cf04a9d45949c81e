package com.pathway.clinic.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.pathway.clinic.LeadForm;
import com.pathway.clinic.internal.InquiryInbox;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.clinic.internal.InquiryRateLimiter;
import com.pathway.clinic.internal.InquiryRequest;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.web.Problems;

/**
 * The public web-to-lead API: {@code POST /api/v1/inquiries} with a JSON body, no sign-in. A
 * request is checked in this order: rate limit per client address (429), content type (415), size
 * (413), Idempotency-Key replay (the first answer, or 409 for another body), JSON (400), honeypot
 * (201 as if accepted, nothing stored), fields (422 listing every problem). Only a 201 stores
 * anything, and it is answered once the inquiry is stored in the {@link InquiryInbox}: its lead is made before the
 * answer when the request is alone, otherwise in the inbox's next batch.
 */
@RestController
public class InquiryController {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_KEY_LENGTH = 200;

    private final InquiryIntake intake;
    private final InquiryInbox inbox;
    private final InquiryRateLimiter rateLimiter;
    private final JsonMapper json;
    private final Clock clock;

    public InquiryController(InquiryIntake intake, InquiryInbox inbox, InquiryRateLimiter rateLimiter, JsonMapper json,
            Clock clock) {
        this.intake = intake;
        this.inbox = inbox;
        this.rateLimiter = rateLimiter;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "Send an inquiry from the clinic's web site (no sign-in)")
    @SecurityRequirements
    @PostMapping(path = "/api/v1/inquiries", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Object> submit(HttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        OptionalLong wait = rateLimiter.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return problem(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                    "Too many inquiries from your address; please try again later."),
                    HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
        }
        if (!isJson(request.getContentType())) {
            return problem(Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Unsupported media type", "Send the inquiry as application/json."),
                    HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        }
        byte[] body = readAtMost(request, MAX_BODY_BYTES);
        if (body == null) {
            return problem(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large",
                    "An inquiry may have at most 64 KB."));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "An Idempotency-Key has at most 200 characters.");
        }
        String hash = sha256(body);
        if (key != null) {
            Optional<ResponseEntity<Object>> replay = replay(key, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        JsonNode tree = parse(body);
        if (tree == null) {
            return problem(Problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The body is not a JSON object."));
        }
        InquiryParser.Parsed parsed = InquiryParser.parse(tree, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (parsed.honeypotFilled()) {
            // Answered like a success so that robots learn nothing; nothing is stored.
            return created(answer(intake.newReference()));
        }
        LeadForm checked = check(parsed);
        String reference = intake.newReference();
        String answer = answer(reference);
        long stored;
        try {
            stored = inbox.receive(checked, reference, key, hash, HttpStatus.CREATED.value(), answer);
        } catch (DataIntegrityViolationException e) {
            // The same key arrived twice at once; the other request stored the inquiry.
            if (key != null) {
                Optional<ResponseEntity<Object>> replay = replay(key, hash);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw e;
        }
        inbox.createSoon(stored);
        return created(answer);
    }

    private LeadForm check(InquiryParser.Parsed parsed) {
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        try {
            LeadForm checked = intake.check(parsed.form());
            if (errors.isEmpty()) {
                return checked;
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) ->
                    errors.putIfAbsent(InquiryParser.FIELD_NAMES.getOrDefault(field, field), message));
        }
        throw new InvalidInputException(errors);
    }

    private Optional<ResponseEntity<Object>> replay(String key, String hash) {
        Optional<InquiryRequest> previous = inbox.previous(key);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        if (!previous.get().bodySha256().equals(hash)) {
            return Optional.of(problem(Problems.problem(HttpStatus.CONFLICT, "idempotency-key-reused", "Conflict",
                    "This Idempotency-Key was already used for a different inquiry.")));
        }
        return Optional.of(ResponseEntity.status(previous.get().status())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true")
                .body(json.readTree(previous.get().response())));
    }

    private String answer(String reference) {
        return json.writeValueAsString(Map.of("reference", reference,
                "message", "Thank you. The clinic has received your inquiry and will contact you."));
    }

    private ResponseEntity<Object> created(String answer) {
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body(json.readTree(answer));
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree != null && tree.isObject() ? tree : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType()
                    && !type.isWildcardSubtype();
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The body, or {@code null} when it is longer than {@code max} bytes. */
    private static byte[] readAtMost(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, String... header) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (int i = 0; i + 1 < header.length; i += 2) {
            answer.header(header[i], header[i + 1]);
        }
        return answer.body(problem);
    }

    static List<String> headersExposed() {
        return List.of(HttpHeaders.RETRY_AFTER, "Idempotent-Replayed");
    }
}
