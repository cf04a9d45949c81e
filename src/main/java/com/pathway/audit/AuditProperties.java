package com.pathway.audit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Audit trail settings ({@code pathway.audit.*}): when entries get their link in the hash chain. An audited
 * transaction writes its entries unlinked; the sealer links them after the commit.
 *
 * @param sealDelay how long the sealer waits after a commit that wrote entries before linking them, so that one
 *        round links the entries of many transactions (at most a second; the fewer rounds, the less they take from
 *        the requests running beside them)
 * @param sealInterval how often the sealer looks for entries to link when no commit here woke it (entries written
 *        by another node, or left unlinked when the application stopped)
 */
@Validated
@ConfigurationProperties("pathway.audit")
public record AuditProperties(@NotNull @DefaultValue("200ms") Duration sealDelay,
        @NotNull @DefaultValue("5s") Duration sealInterval) {

    public AuditProperties {
        if (sealDelay != null && (sealDelay.isNegative() || sealDelay.compareTo(Duration.ofSeconds(1)) > 0)) {
            throw new IllegalArgumentException("pathway.audit.seal-delay must be between 0 and 1s, not " + sealDelay);
        }
        if (sealInterval != null && (sealInterval.isNegative() || sealInterval.isZero())) {
            throw new IllegalArgumentException("pathway.audit.seal-interval must be longer than 0, not " + sealInterval);
        }
    }
}
