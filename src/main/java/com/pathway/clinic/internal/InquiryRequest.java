package com.pathway.clinic.internal;

/** The answer given to an inquiry sent with an Idempotency-Key, kept so that a retry gets it again. */
public record InquiryRequest(String bodySha256, int status, String response) {
}
