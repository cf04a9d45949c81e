package com.pathway.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.mail.MessageKind;

/**
 * The {@code mail_outbox} table. A message is written once per dedupe key, in the caller's transaction.
 * Sending takes a claim first: a conditional update that only one node can win, held for a while
 * ({@code claimed_until}); a node that dies while holding it leaves the claim to run out, and the message
 * is taken again. Every change of state names the claim it holds, so a node whose claim ran out cannot
 * overwrite what another node did since.
 */
@Component
public class Outbox {

    public enum Status { PENDING, SENT, FAILED, CANCELLED }

    /** A message to write. {@code username} for staff messages, {@code leadId}/{@code leadKey} for messages about a lead. */
    public record NewMessage(String dedupeKey, MessageKind kind, String recipient, String username, Long leadId,
            String leadKey, String subject, String body) {
    }

    /** A stored message. */
    public record Message(long id, MessageKind kind, String recipient, String username, Long leadId, String leadKey,
            String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt,
            String lastError) {
    }

    private static final String COLUMNS = "id, kind, recipient, username, lead_id, lead_key, subject, body, status,"
            + " attempts, created_at, sent_at, last_error";

    private final NamedParameterJdbcTemplate jdbc;

    public Outbox(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Writes the message unless one with its dedupe key exists; returns whether it wrote it. */
    public boolean enqueue(NewMessage m, Instant now) {
        return jdbc.update("""
                insert into mail_outbox (dedupe_key, kind, recipient, username, lead_id, lead_key, subject, body, status,
                  attempts, next_attempt_at, created_at)
                select :key, :kind, :recipient, :username, :leadId, :leadKey, :subject, :body, 'PENDING', 0, :now, :now
                where not exists (select 1 from mail_outbox where dedupe_key = :key)""",
                new MapSqlParameterSource("key", m.dedupeKey()).addValue("kind", m.kind().name())
                        .addValue("recipient", m.recipient()).addValue("username", m.username())
                        .addValue("leadId", m.leadId()).addValue("leadKey", m.leadKey())
                        .addValue("subject", m.subject()).addValue("body", m.body()).addValue("now", utc(now))) == 1;
    }

    /** Whether a message with this dedupe key was written (in any state). */
    public boolean exists(String dedupeKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from mail_outbox where dedupe_key = :key",
                new MapSqlParameterSource("key", dedupeKey), Boolean.class));
    }

    /** Ids of pending messages due by {@code now} that nobody holds, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("""
                select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until < :now)
                order by next_attempt_at, id limit :limit""",
                new MapSqlParameterSource("now", utc(now)).addValue("limit", limit), Long.class);
    }

    /** Takes the message for {@code node} until {@code until}, counting the attempt; false when someone else has it or it is done. */
    public boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.update("""
                update mail_outbox set claimed_by = :node, claimed_until = :until, attempts = attempts + 1
                where id = :id and status = 'PENDING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until < :now)""",
                new MapSqlParameterSource("id", id).addValue("node", node).addValue("now", utc(now))
                        .addValue("until", utc(until))) == 1;
    }

    public Optional<Message> find(long id) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where id = :id", new MapSqlParameterSource("id", id),
                Outbox::message).stream().findFirst();
    }

    /** Records the delivery, if {@code node} still holds the message. */
    public boolean sent(long id, String node, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'SENT', sent_at = :now, claimed_until = null, last_error = null
                where id = :id and claimed_by = :node and status = 'PENDING'""",
                new MapSqlParameterSource("id", id).addValue("node", node).addValue("now", utc(now))) == 1;
    }

    /** Records a failed attempt: tried again at {@code next}, or given up ({@code next} null). */
    public void failed(long id, String node, String error, Instant next) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id).addValue("node", node)
                .addValue("error", error.length() > 500 ? error.substring(0, 500) : error);
        if (next == null) {
            jdbc.update("""
                    update mail_outbox set status = 'FAILED', claimed_until = null, last_error = :error
                    where id = :id and claimed_by = :node and status = 'PENDING'""", p);
        } else {
            jdbc.update("""
                    update mail_outbox set next_attempt_at = :next, claimed_until = null, last_error = :error
                    where id = :id and claimed_by = :node and status = 'PENDING'""", p.addValue("next", utc(next)));
        }
    }

    /** Stops one pending message (its lead may no longer be e-mailed). */
    public void cancel(long id, String reason, Instant now) {
        jdbc.update("""
                update mail_outbox set status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
                  claimed_until = null where id = :id and status = 'PENDING'""",
                new MapSqlParameterSource("id", id).addValue("reason", reason).addValue("now", utc(now)));
    }

    /** Stops every pending message to the lead; returns how many. */
    public int cancelForLead(long leadId, String reason, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
                  claimed_until = null where lead_id = :leadId and status = 'PENDING'""",
                new MapSqlParameterSource("leadId", leadId).addValue("reason", reason).addValue("now", utc(now)));
    }

    /** Stops the pending messages of these kinds to the lead (an appointment moved or was cancelled); returns how many. */
    public int cancelForLead(long leadId, List<MessageKind> kinds, String reason, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
                  claimed_until = null where lead_id = :leadId and status = 'PENDING' and kind in (:kinds)""",
                new MapSqlParameterSource("leadId", leadId).addValue("reason", reason).addValue("now", utc(now))
                        .addValue("kinds", kinds.stream().map(MessageKind::name).toList()));
    }

    /** Messages to the lead that were sent (not staff messages about it), newest first. */
    public List<Message> sentToLead(String leadKey, List<String> kinds, int limit) {
        return jdbc.query("select " + COLUMNS + """
                 from mail_outbox where lead_key = :key and status = 'SENT' and kind in (:kinds)
                order by sent_at desc, id desc limit :limit""",
                new MapSqlParameterSource("key", leadKey).addValue("kinds", kinds).addValue("limit", limit),
                Outbox::message);
    }

    /** A message as the admin's outbox lists it: no subject, no text. */
    public record Listed(long id, MessageKind kind, String username, String leadKey, Status status, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    /** Messages (of one status, or all with null), newest first, a page from {@code offset}. */
    public List<Listed> list(Status status, int offset, int limit) {
        return jdbc.query("""
                select id, kind, username, lead_key, status, attempts, created_at, next_attempt_at, sent_at, last_error
                from mail_outbox where (cast(:status as varchar(16)) is null or status = :status)
                order by id desc limit :limit offset :offset""",
                new MapSqlParameterSource("status", status == null ? null : status.name()).addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, n) -> new Listed(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("username"), rs.getString("lead_key"), Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
                        instant(rs, "sent_at"), rs.getString("last_error")));
    }

    /** How many messages have this status (all with null). */
    public long count(Status status) {
        Long n = jdbc.queryForObject("select count(*) from mail_outbox where (cast(:status as varchar(16)) is null or status = :status)",
                new MapSqlParameterSource("status", status == null ? null : status.name()), Long.class);
        return n == null ? 0 : n;
    }

    /** Queues a message that was given up again, due at once with a fresh count of attempts; false unless it had failed. */
    public boolean retry(long id, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, claimed_by = null,
                  claimed_until = null where id = :id and status = 'FAILED'""",
                new MapSqlParameterSource("id", id).addValue("now", utc(now))) == 1;
    }

    /** The latest messages of one kind family, newest first (for tests and the admin's view). */
    public List<Message> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox order by id desc limit :limit",
                new MapSqlParameterSource("limit", limit), Outbox::message);
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        return new Message(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
                rs.getString("username"), rs.getObject("lead_id") == null ? null : rs.getLong("lead_id"),
                rs.getString("lead_key"), rs.getString("subject"), rs.getString("body"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
