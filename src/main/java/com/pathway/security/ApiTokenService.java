package com.pathway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.ApiToken;
import com.pathway.security.internal.ApiTokenRepository;
import com.pathway.security.internal.TokenHasher;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/** Personal API tokens: a signed-in user creates, lists and revokes their own. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final int MAX_ACTIVE_TOKENS = 10;
    /** Days a token lives unless its owner chooses otherwise. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest a token may live: a year. */
    public static final int MAX_DAYS = 365;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A token that may read and write, for {@value #DEFAULT_DAYS} days. */
    public CreatedApiToken create(String name) {
        return create(NewApiToken.named(name));
    }

    /** A token as asked: its lifetime in days (default {@value #DEFAULT_DAYS}) and whether it may only read. */
    public CreatedApiToken create(NewApiToken request) {
        long userId = myId();
        Instant now = clock.instant();
        String trimmed = request.name() == null ? "" : request.name().strip();
        int days = request.validDays() == null ? DEFAULT_DAYS : request.validDays();
        new Validation()
                .check(!trimmed.isEmpty() && trimmed.length() <= 80, "name",
                        "Name the token (at most 80 characters), e.g. the script that will use it.")
                .check(tokens.countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(userId, now) < MAX_ACTIVE_TOKENS, "name",
                        "You already have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one first.")
                .check(days >= 1 && days <= MAX_DAYS, "validDays",
                        "A token lives from 1 to " + MAX_DAYS + " days; " + DEFAULT_DAYS + " unless you need otherwise.")
                .throwIfInvalid();
        String value = TokenHasher.newToken();
        ApiToken token = tokens.save(new ApiToken(userId, trimmed, TokenHasher.hash(value),
                TokenHasher.hint(value), now, Duration.ofDays(days), request.readOnly()));
        publish("API_TOKEN_CREATED", token);
        return new CreatedApiToken(toSummary(token), value);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myTokens() {
        return tokens.findByUserIdOrderByCreatedAtDesc(myId()).stream().map(ApiTokenService::toSummary).toList();
    }

    /** One page of the signed-in user's tokens; newest first unless the page asks for another order. */
    @Transactional(readOnly = true)
    public Page<ApiTokenSummary> myTokens(Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return tokens.findByUserId(myId(), ordered).map(ApiTokenService::toSummary);
    }

    @Transactional(readOnly = true)
    public long countMyTokens() {
        return tokens.countByUserId(myId());
    }

    public ApiTokenSummary revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId() == myId())
                .orElseThrow(() -> new NotFoundException("You have no token with id " + tokenId + "."));
        token.revoke(clock.instant());
        publish("API_TOKEN_REVOKED", token);
        return toSummary(token);
    }

    private long myId() {
        return currentUser.userId().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private void publish(String action, ApiToken token) {
        events.publishEvent(new SecurityAuditEvent(action, currentUser.usernameOrSystem(), "API_TOKEN",
                String.valueOf(token.getId()), true, null, Map.of("name", token.getName(),
                        "expiresAt", token.getExpiresAt().toString(), "readOnly", token.isReadOnly())));
    }

    private static ApiTokenSummary toSummary(ApiToken t) {
        return new ApiTokenSummary(t.getId(), t.getName(), t.getTokenHint(), t.getCreatedAt(), t.getLastUsedAt(),
                t.getRevokedAt(), t.getExpiresAt(), t.isReadOnly());
    }
}
