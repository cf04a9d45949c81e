package com.pathway.clinic;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public inquiry API ({@code pathway.inquiries.*}).
 *
 * @param requestsPerAddress how many inquiries one client address may send per {@code period}
 * @param period the period over which {@code requestsPerAddress} refill
 * @param allowedOrigins web sites whose pages may post inquiries from the browser; {@code *} (any) only in the demo
 * @param globalRequests how many inquiries all addresses together may send per {@code period}
 * @param createdAtOnce how many requests may create their lead before answering; an inquiry that finds them all
 *        busy is answered as soon as it is stored and waits in the inbox for the background's next batch (0: every
 *        inquiry waits there)
 * @param batchSize how many waiting inquiries the background turns into leads in one transaction
 * @param drainInterval how often the background looks for waiting inquiries besides being woken by one
 * @param createInBackground whether this node turns waiting inquiries into leads (several nodes may: each takes
 *        rows the others have not locked)
 * @param burstRate inquiries received by this node within a second that make a burst: while it lasts, every
 *        inquiry is answered as soon as it is stored and its lead waits, so that the answers have the processors
 *        (0: no burst is ever declared)
 * @param burstLeadDelay how long an inquiry's lead may wait during a burst: older inquiries become leads even while
 *        it lasts
 */
@Validated
@ConfigurationProperties("pathway.inquiries")
public record InquiryProperties(
        @Min(1) @DefaultValue("10") int requestsPerAddress,
        @NotNull @DefaultValue("1h") Duration period,
        @DefaultValue List<String> allowedOrigins,
        @Min(1) @DefaultValue("1000") int globalRequests,
        @Min(0) @DefaultValue("1") int createdAtOnce,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("1s") Duration drainInterval,
        @DefaultValue("true") boolean createInBackground,
        @Min(0) @DefaultValue("100") int burstRate,
        @NotNull @DefaultValue("30s") Duration burstLeadDelay) {
}
