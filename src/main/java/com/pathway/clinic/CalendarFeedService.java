package com.pathway.clinic;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.LeadScopeSql;
import com.pathway.security.AccountAuthentication;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.NotFoundException;
import com.pathway.tasks.DueFilter;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's calendar feed (iCalendar, RFC 5545): their open tasks and the consultations they hold,
 * behind a secret address that a calendar app reads without a sign-in. Only the address's SHA-256 is
 * kept; its owner makes a new one (which ends the old) or revokes it from My work. The feed is read as
 * its owner, with the access they have at that moment: nothing once the account is deactivated, and
 * only leads they may read. Events carry the least that works (the kind of task or appointment, the
 * lead's key and a link), never names or clinical content, because calendars leave the clinic. Every
 * read is audited with the keys it showed.
 */
@Service
public class CalendarFeedService {

    /** How far back and ahead the feed reaches. */
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);
    static final int MAX_EVENTS = 500;
    private static final Duration TASK_LENGTH = Duration.ofMinutes(15);
    private static final Duration APPOINTMENT_LENGTH = Duration.ofMinutes(60);
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether one has a live feed, since when, and when a calendar app last read it. */
    public record FeedStatus(boolean active, Instant createdAt, Instant lastUsedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;
    private final LeadScopeSql scope;
    private final AccountAuthentication accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public CalendarFeedService(DataSource dataSource, TaskService tasks, LeadScopeSql scope,
            AccountAuthentication accounts, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.tasks = tasks;
        this.scope = scope;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    @Transactional(readOnly = true)
    public FeedStatus status() {
        return jdbc.query("""
                select created_at, last_used_at from calendar_feed
                where username = :me and revoked_at is null order by id desc""", new MapSqlParameterSource("me", me()),
                (rs, i) -> new FeedStatus(true, rs.getObject(1, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .stream().findFirst().orElse(new FeedStatus(false, null, null));
    }

    /**
     * A new secret for one's feed, shown this once (the address is {@code /api/v1/calendar/<secret>.ics});
     * any earlier address stops working.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    @Transactional
    public String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        revokeAll(now);
        jdbc.update("insert into calendar_feed (username, token_hash, created_at) values (:me, :hash, :now)",
                new MapSqlParameterSource("me", me()).addValue("hash", hash(secret)).addValue("now", utc(now)));
        audit.record(new AuditRecord("CALENDAR_FEED_CREATED", me(), "USER", me(), AuditOutcome.SUCCESS, null, Map.of()));
        return secret;
    }

    /** Ends one's feed: its address answers "not found" from now on. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    @Transactional
    public void revoke() {
        if (revokeAll(clock.instant()) > 0) {
            audit.record(new AuditRecord("CALENDAR_FEED_REVOKED", me(), "USER", me(), AuditOutcome.SUCCESS, null,
                    Map.of()));
        }
    }

    /**
     * The feed behind {@code secret}, read as its owner, with links into Pathway at {@code appAddress}.
     * Open to anyone who holds the secret: an unknown, revoked or malformed secret, or an owner who may
     * no longer sign in, is "not found".
     */
    @Transactional
    public String feed(String secret, URI appAddress) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            throw new NotFoundException("There is no such calendar feed.");
        }
        record Owner(long id, String username, Instant lastUsedAt) {
        }
        Owner owner = jdbc.query("""
                select id, username, last_used_at from calendar_feed where token_hash = :hash and revoked_at is null""",
                new MapSqlParameterSource("hash", hash(secret)), (rs, i) -> new Owner(rs.getLong(1), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("There is no such calendar feed."));
        Authentication as = accounts.of(owner.username())
                .orElseThrow(() -> new NotFoundException("There is no such calendar feed."));
        Instant now = clock.instant();
        if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            jdbc.update("update calendar_feed set last_used_at = :now where id = :id",
                    new MapSqlParameterSource("now", utc(now)).addValue("id", owner.id()));
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(as);
        SecurityContextHolder.setContext(context);
        try {
            return render(owner.username(), appAddress, now);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String render(String owner, URI appAddress, Instant now) {
        Calendar calendar = new Calendar().add(new ProdId("-//Pathway//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        List<String> keys = new ArrayList<>();
        Instant from = now.minus(PAST);
        Instant until = now.plus(AHEAD);
        for (TaskView task : tasks.search(owner, DueFilter.ALL, PageRequest.of(0, MAX_EVENTS)).getContent()) {
            if (task.dueAt() == null || task.dueAt().isBefore(from) || task.dueAt().isAfter(until)) {
                continue;
            }
            calendar.add(event("task-" + task.id(), task.dueAt(), TASK_LENGTH,
                    task.type().label() + " · " + task.leadKey(), appAddress, task.leadKey()));
            keys.add(task.leadKey());
        }
        LeadScopeSql.Condition readable = scope.current();
        MapSqlParameterSource params = new MapSqlParameterSource("me", owner).addValue("from", utc(from))
                .addValue("until", utc(until)).addValues(readable.params());
        String sql = """
                select a.id, a.starts_at, a.mode, l.item_key from lead_appointment a join lead l on l.id = a.lead_id
                where a.clinician = :me and a.cancelled = false and a.starts_at between :from and :until"""
                + (readable.sql() == null ? "" : " and (" + readable.sql() + ")")
                + " order by a.starts_at fetch first " + MAX_EVENTS + " rows only";
        jdbc.query(sql, params, rs -> {
            String key = rs.getString(4);
            calendar.add(event("appointment-" + rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    APPOINTMENT_LENGTH, "Consultation (" + rs.getString(3) + ") · " + key, appAddress, key));
            keys.add(key);
        });
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("events", keys.size());
        audit.recordWithKeys(new AuditRecord("CALENDAR_FEED_READ", owner, "USER", owner, AuditOutcome.SUCCESS, null,
                details), keys.stream().distinct().toList());
        return calendar.toString();
    }

    private static VEvent event(String id, Instant start, Duration length, String summary, URI app, String key) {
        URI lead = app.resolve("/leads/" + key);
        VEvent event = new VEvent(start, length, summary);
        event.add(new Uid(id + "@pathway"));
        event.add(new Url(lead));
        event.add(new Description("Open in Pathway: " + lead));
        return event;
    }

    private int revokeAll(Instant now) {
        return jdbc.update("update calendar_feed set revoked_at = :now where username = :me and revoked_at is null",
                new MapSqlParameterSource("me", me()).addValue("now", utc(now)));
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
