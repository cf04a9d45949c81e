package com.pathway.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The time buckets' binary search gives the bucket a walk along the boundaries gives, edges included. */
class PositionsTest {

    @Test
    void everyTimeFallsInTheBucketWhoseBoundariesHoldItAndNoneOutsideThem() throws SQLException {
        Instant first = Instant.parse("2026-01-05T05:00:00Z");
        List<Instant> boundaries = new ArrayList<>();
        for (int w = 0; w <= 53; w++) {
            // uneven gaps, as weeks across a change of summer time are
            boundaries.add(first.plus(Duration.ofDays(7L * w)).plus(Duration.ofHours(w % 3 == 0 ? 0 : 1)));
        }
        Sql bucket = Positions.bucket("t", boundaries);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:positions;MODE=PostgreSQL")) {
            List<Instant> probes = new ArrayList<>();
            for (Instant b : boundaries) {
                probes.addAll(List.of(b.minusMillis(1), b, b.plusMillis(1)));
            }
            for (Instant probe : probes) {
                assertThat(bucketOf(c, bucket, probe)).as(probe.toString()).isEqualTo(expected(boundaries, probe));
            }
            assertThat(bucketOf(c, bucket, null)).isNull();
        }
    }

    private static Integer expected(List<Instant> boundaries, Instant t) {
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            if (!t.isBefore(boundaries.get(i)) && t.isBefore(boundaries.get(i + 1))) {
                return i;
            }
        }
        return null;
    }

    private static Integer bucketOf(Connection c, Sql bucket, Instant t) throws SQLException {
        Sql sql = new Sql().add("select ").add(bucket).add(" from (select cast(? as timestamp with time zone) as t) x");
        try (PreparedStatement s = c.prepareStatement(sql.text())) {
            // the probe's parameter comes last in the text: the bucket's boundaries, then the probe
            Object[] values = bucket.args();
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.setObject(values.length + 1, t == null ? null : t.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                return rs.wasNull() ? null : v;
            }
        }
    }
}
