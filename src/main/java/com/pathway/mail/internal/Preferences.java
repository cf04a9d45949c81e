package com.pathway.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.mail.MessageKind;

/** The {@code mail_preference} table; a user without a row wants every staff e-mail. */
@Component
public class Preferences {

    public record Choice(boolean dailyDigest, boolean dueNotices, boolean mentions) {

        static final Choice DEFAULT = new Choice(true, true, true);

        public boolean wants(MessageKind kind) {
            return switch (kind) {
                case STAFF_DIGEST -> dailyDigest;
                case TASK_DUE -> dueNotices;
                case MENTION -> mentions;
                default -> false;
            };
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public Preferences(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public Choice of(String username) {
        return jdbc.query("select daily_digest, due_notices, mentions from mail_preference where username = :u",
                new MapSqlParameterSource("u", normal(username)),
                (rs, n) -> new Choice(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .stream().findFirst().orElse(Choice.DEFAULT);
    }

    public void save(String username, Choice c, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource("u", normal(username)).addValue("d", c.dailyDigest())
                .addValue("t", c.dueNotices()).addValue("m", c.mentions())
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        if (jdbc.update("update mail_preference set daily_digest = :d, due_notices = :t, mentions = :m,"
                + " updated_at = :now where username = :u", p) == 0) {
            jdbc.update("insert into mail_preference (username, daily_digest, due_notices, mentions, updated_at)"
                    + " values (:u, :d, :t, :m, :now)", p);
        }
    }

    private static String normal(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
