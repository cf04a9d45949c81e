package com.pathway.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery settings ({@code pathway.webhooks.*}).
 *
 * @param dispatch whether this node sends deliveries on a schedule
 * @param pollInterval how often due deliveries are looked for
 * @param maxAttempts attempts before a delivery is given up
 * @param firstRetryAfter pause after the first failure; each further pause is four times longer
 * @param maxRetryPause the longest pause between two attempts
 * @param timeout how long one attempt may take (connect and answer)
 * @param batchSize deliveries sent per poll at most
 * @param allowHttp whether plain {@code http://} targets are accepted (the demo only; production needs https)
 * @param allowInternalTargets whether targets may point at loopback, private or link-local addresses (never in
 *        production: a webhook could otherwise reach the server itself or the clinic's network)
 */
@Validated
@ConfigurationProperties("pathway.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean dispatch,
        @NotNull @DefaultValue("5s") Duration pollInterval,
        @Min(1) @Max(20) @DefaultValue("6") int maxAttempts,
        @NotNull @DefaultValue("30s") Duration firstRetryAfter,
        @NotNull @DefaultValue("6h") Duration maxRetryPause,
        @NotNull @DefaultValue("10s") Duration timeout,
        @Min(1) @Max(500) @DefaultValue("50") int batchSize,
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("false") boolean allowInternalTargets) {
}
