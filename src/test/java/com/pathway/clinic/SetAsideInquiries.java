package com.pathway.clinic;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.shared.crypto.ColumnCipher;

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

    /**
     * Sets aside a new inquiry whose form reads: {@code form}, checked and encrypted as the inbox stores it, received a
     * quarter of an hour ago and set aside five minutes ago with {@code lastError}; its reference.
     */
    public static String storeReadable(JdbcTemplate jdbc, ColumnCipher cipher, JsonMapper json, InquiryIntake intake,
            LeadForm form, String lastError) {
        String reference = intake.newReference();
        store(jdbc, reference, cipher.encrypt("inquiry_inbox.form", json.writeValueAsString(intake.check(form))),
                lastError, Instant.now().minusSeconds(900), Instant.now().minusSeconds(300));
        return reference;
    }
}
