package com.pathway.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/** The application's inquiry inbox, read from the database: inquiries answered and still waiting for their lead. */
final class Inbox {

    private Inbox() {
    }

    /** Inquiries waiting for their lead (not counting failed ones). */
    static long waiting(BenchConfig config) throws Exception {
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                Statement q = db.createStatement();
                ResultSet rs = q.executeQuery("select count(*) from inquiry_inbox where failed_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits, at most {@code cap}, until no inquiry waits; how long that took. */
    static Duration drained(BenchConfig config, Duration cap) throws Exception {
        long started = System.nanoTime();
        while (waiting(config) > 0) {
            if (System.nanoTime() - started > cap.toNanos()) {
                throw new IllegalStateException("Inquiries still wait for their lead after " + cap);
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
