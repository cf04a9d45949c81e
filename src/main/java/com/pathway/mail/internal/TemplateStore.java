package com.pathway.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.mail.MailTemplate;
import com.pathway.mail.MessageKind;

/** The {@code mail_template} table: the templates administrators changed; the others are the shipped defaults. */
@Component
public class TemplateStore {

    private final NamedParameterJdbcTemplate jdbc;

    public TemplateStore(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The template in use for the kind. */
    public MailTemplate current(MessageKind kind) {
        return jdbc.query("select subject, body, updated_by, updated_at from mail_template where kind = :kind",
                new MapSqlParameterSource("kind", kind.name()),
                (rs, n) -> new MailTemplate(kind, kind.title(), kind.placeholders(), rs.getString("subject"),
                        rs.getString("body"), true, rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .stream().findFirst().orElseGet(() -> shipped(kind));
    }

    public void save(MessageKind kind, String subject, String body, String by, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource("kind", kind.name()).addValue("subject", subject)
                .addValue("body", body).addValue("by", by).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        if (jdbc.update("update mail_template set subject = :subject, body = :body, updated_by = :by, updated_at = :now"
                + " where kind = :kind", p) == 0) {
            jdbc.update("insert into mail_template (kind, subject, body, updated_by, updated_at)"
                    + " values (:kind, :subject, :body, :by, :now)", p);
        }
    }

    /** Goes back to the shipped default; returns whether there was a change to drop. */
    public boolean reset(MessageKind kind) {
        return jdbc.update("delete from mail_template where kind = :kind",
                new MapSqlParameterSource("kind", kind.name())) > 0;
    }

    public static MailTemplate shipped(MessageKind kind) {
        return new MailTemplate(kind, kind.title(), kind.placeholders(), kind.defaultSubject(), kind.defaultBody(),
                false, null, null);
    }
}
