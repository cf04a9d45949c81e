package com.pathway.clinic;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Web inquiries set aside in the inbox after their three attempts, written straight into {@code inquiry_inbox} as
 * the inbox leaves them, for the tests of what administrators see and try again.
 */
public final class SetAsideInquiries {

    private SetAsideInquiries() {
    }

    /**
     * Stores {@code reference} as failed after three attempts, with {@code form} as its stored (encrypted) form and
     * {@code lastError} as the exceptions' class names the inbox kept.
     */
    public static void store(JdbcTemplate jdbc, String reference, String form, String lastError, Instant receivedAt,
            Instant failedAt) {
        jdbc.update("insert into inquiry_inbox (reference, form, received_at, attempts, last_error, failed_at) "
                + "values (?, ?, ?, 3, ?, ?)", reference, form, Timestamp.from(receivedAt), lastError,
                Timestamp.from(failedAt));
    }
}
