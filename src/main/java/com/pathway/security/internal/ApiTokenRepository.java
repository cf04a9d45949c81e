package com.pathway.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    Page<ApiToken> findByUserId(long userId, Pageable pageable);

    long countByUserId(long userId);

    long countByUserIdAndRevokedAtIsNull(long userId);

    /** The user's tokens that are neither revoked nor expired at {@code now}. */
    long countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(long userId, java.time.Instant now);
}
