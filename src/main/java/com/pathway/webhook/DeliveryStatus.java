package com.pathway.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; an administrator may retry it. */
    FAILED
}
