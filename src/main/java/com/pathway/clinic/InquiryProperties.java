package com.pathway.clinic;

import java.time.Duration;
import java.util.List;

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
 */
@Validated
@ConfigurationProperties("pathway.inquiries")
public record InquiryProperties(
        @Min(1) @DefaultValue("10") int requestsPerAddress,
        @NotNull @DefaultValue("1h") Duration period,
        @DefaultValue List<String> allowedOrigins,
        @Min(1) @DefaultValue("1000") int globalRequests) {
}
