package com.pathway.clinic.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.pathway.clinic.FailedInquiry;
import com.pathway.clinic.InquiryProperties;
import com.pathway.clinic.LeadForm;
import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.shared.BackgroundWorker;
import com.pathway.shared.crypto.ColumnCipher;

/**
 * Web inquiries between their acknowledgement and their lead. An accepted inquiry is stored here (its checked
 * form, encrypted, and with an Idempotency-Key the answer given) in one short transaction, and is the clinic's
 * from its commit on: the answer 201 goes out after it. Its lead is then created in a transaction that also
 * deletes the row, so an inquiry becomes one lead, never none and never two, whatever stops in between:
 * <ul>
 * <li>by the request itself, before it answers, while no more than {@code pathway.inquiries.created-at-once}
 * requests do so and the background is not at work (an inquiry sent alone is a lead by the time its sender
 * reads the answer);</li>
 * <li>otherwise, and for whatever a stop left here, by the background, {@code batch-size} at a time in one
 * transaction, which divides the cost of a commit among them.</li>
 * </ul>
 * During a burst (at least {@code burst-rate} inquiries received by this node within the last second) neither
 * happens for new inquiries: each is answered as soon as it is stored, and its lead waits until the burst has passed
 * or until it has waited {@code burst-lead-delay}, so that the answers have the node's processors to themselves
 * (docs/benchmarks.md: on two processors, making leads meanwhile halved the inquiries answered a second).
 * Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several nodes and the requests never take the same one.
 * A lead that cannot be created (say the key that encrypted its form left the configuration) leaves its row with
 * the error and is tried again a minute later, then two; after {@value #ATTEMPTS} attempts the row is marked failed
 * and kept, every administrator and intake coordinator is notified, and an administrator tries it again from Web
 * inquiries once the cause is put right ({@link #retryFailed}), or a coordinator enters its lead by hand from its form
 * ({@link #enterFailed}; README, "Web inquiries").
 */
@Component
public class InquiryInbox implements SmartLifecycle {

    static final int ATTEMPTS = 3;
    /** The kind of the administrators' notification when an inquiry is marked failed. */
    public static final String FAILED_NOTICE = "inquiry-failed";
    /** The administrators' page of the inbox, which the notification opens. */
    public static final String PAGE = "admin/inquiries";
    /** The intake coordinators' page of the inquiries set aside, which their notification opens. */
    public static final String SET_ASIDE_PAGE = "inquiries/set-aside";
    /** The most failed inquiries {@link #failed} lists at once. */
    public static final int MAX_FAILED_PAGE = 200;
    /** The wait before the second attempt; the third waits twice as long. */
    static final java.time.Duration RETRY_AFTER = java.time.Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(InquiryInbox.class);
    private static final String COLUMNS = "select id, reference, form from inquiry_inbox ";
    /** The rows whose lead is due: not failed, and not waiting to be tried again. */
    private static final String DUE = "where failed_at is null and (retry_at is null or retry_at <= ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final InquiryIntake intake;
    private final JsonMapper json;
    private final ColumnCipher cipher;
    private final InquiryProperties properties;
    private final Clock clock;
    private final Semaphore atOnce;
    /** Takers creating leads from the inbox on this node right now. */
    private final AtomicInteger draining = new AtomicInteger();
    /** Inquiries this node stored lately: the measure of a burst. */
    private final RecentArrivals arrivals = new RecentArrivals();
    /** Whether the background last found a burst, so that its start and end are logged once. */
    private final AtomicBoolean inBurst = new AtomicBoolean();
    private final RowMapper<Waiting> waiting;
    private final NotificationService notifications;
    private final StaffDirectory staff;
    private final EntityManager entities;
    private final BackgroundWorker background = new BackgroundWorker("inquiry-inbox", this::drainQuietly);

    public InquiryInbox(JdbcTemplate jdbc, PlatformTransactionManager transactions, InquiryIntake intake,
            JsonMapper json, ColumnCipher cipher, InquiryProperties properties, Clock clock,
            NotificationService notifications, StaffDirectory staff, EntityManager entities) {
        this.entities = entities;
        this.notifications = notifications;
        this.staff = staff;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.intake = intake;
        this.json = json;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.atOnce = new Semaphore(properties.createdAtOnce());
        this.waiting = (rs, row) -> new Waiting(rs.getLong("id"), rs.getString("reference"), rs.getString("form"));
    }

    /**
     * Stores an accepted inquiry and, with an idempotency key, the answer given to it, in one transaction; the
     * row's id. A second request with the same key fails here with a data-integrity error and stores nothing.
     */
    public long receive(LeadForm checked, String reference, String idempotencyKey, String bodySha256, int status,
            String answer) {
        String form = cipher.encrypt(LeadEncryption.INQUIRY_FORM.purpose(), json.writeValueAsString(checked));
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        Long id = tx.execute(state -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement(
                        "insert into inquiry_inbox (reference, form, received_at) values (?, ?, ?)", new String[] {"id"});
                insert.setString(1, reference);
                insert.setString(2, form);
                insert.setTimestamp(3, now);
                return insert;
            }, keys);
            if (idempotencyKey != null) {
                jdbc.update("insert into inquiry_request (idempotency_key, body_sha256, status, response, created_at) "
                        + "values (?, ?, ?, ?, ?)", idempotencyKey, bodySha256, status, answer, now);
            }
            return keys.getKeyAs(Long.class);
        });
        arrivals.record(clock.instant());
        return id;
    }

    /** Whether this node is receiving a burst of inquiries ({@code pathway.inquiries.burst-rate} a second or faster). */
    public boolean bursting() {
        return arrivals.atRate(clock.instant(), properties.burstRate());
    }

    /** The answer stored for an Idempotency-Key, if an inquiry was accepted with it. */
    public Optional<InquiryRequest> previous(String idempotencyKey) {
        return jdbc.query("select body_sha256, status, response from inquiry_request where idempotency_key = ?",
                (rs, row) -> new InquiryRequest(rs.getString(1), rs.getInt(2), rs.getString(3)), idempotencyKey)
                .stream().findFirst();
    }

    /**
     * After {@link #receive}: creates the lead now when fewer than {@code created-at-once} requests are doing so,
     * else wakes the background; during a burst, neither (the background's next round comes within
     * {@code drain-interval}). Never fails: the inquiry is stored, and whatever goes wrong here leaves it to
     * the background.
     */
    public void createSoon(long id) {
        if (bursting()) {
            // The background's next round makes the lead once the burst has passed or the inquiry is overdue.
            return;
        }
        if (draining.get() > 0 || !atOnce.tryAcquire()) {
            // Busy: the background is already at work and takes this one in its next batch.
            wake();
            return;
        }
        try {
            // Without SKIP LOCKED: should the background have just taken this row, wait for its batch, which makes
            // the lead and deletes the row, so that the answer still follows the lead.
            tx.executeWithoutResult(state -> createOne(id, false, "for update"));
        } catch (RuntimeException e) {
            LOG.warn("Inquiry {} is stored; its lead will be created in the background ({})", id, causes(e));
            wake();
        } finally {
            atOnce.release();
        }
    }

    /** Turns every waiting inquiry into its lead, a batch per transaction; how many leads were created. */
    public int drain() {
        int created = 0;
        while (true) {
            Batch batch = nextBatch();
            if (batch.taken() == 0) {
                return created;
            }
            created += batch.created();
        }
    }

    /** Inquiries waiting for their lead, those to be tried again included (not counting failed ones). */
    public long waiting() {
        return jdbc.queryForObject("select count(*) from inquiry_inbox where failed_at is null", Long.class);
    }

    /** Inquiries whose lead could not be created after {@value #ATTEMPTS} attempts. */
    public long failedCount() {
        return jdbc.queryForObject("select count(*) from inquiry_inbox where failed_at is not null", Long.class);
    }

    /**
     * Inquiries whose lead could not be created after {@value #ATTEMPTS} attempts, oldest first, from an offset (0 or
     * more), 1 to {@value #MAX_FAILED_PAGE} of them.
     */
    public List<FailedInquiry> failed(int offset, int limit) {
        int from = Math.max(0, offset);
        int count = Math.max(1, Math.min(limit, MAX_FAILED_PAGE));
        return jdbc.query("select reference, received_at, attempts, failed_at, last_error from inquiry_inbox "
                + "where failed_at is not null order by id offset ? rows fetch next ? rows only",
                (rs, row) -> new FailedInquiry(rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                        rs.getInt("attempts"), rs.getTimestamp("failed_at").toInstant(),
                        simpleNames(rs.getString("last_error"))),
                from, count);
    }

    /** What became of a failed inquiry tried again: its lead's key, or why there is none. */
    public record Retried(Outcome outcome, String leadKey, String error) {

        public enum Outcome {
            CREATED, FAILED_AGAIN, WAITING, BUSY, GONE
        }
    }

    /**
     * The form of the failed inquiry {@code reference}, decrypted, for a person to read and enter by hand; empty when
     * no inquiry of that reference is failed (it waits for its lead, or has one). Throws what decrypting or reading
     * the form throws: the cause an administrator must put right.
     */
    public Optional<LeadForm> failedForm(String reference) {
        return jdbc.query(COLUMNS + "where reference = ? and failed_at is not null", waiting, reference).stream()
                .findFirst().map(this::form);
    }

    /**
     * Creates a lead, as the signed-in person, from {@code form} (the failed inquiry's, checked and corrected by
     * them) under the inquiry's reference, and deletes the inquiry in the same transaction. Empty when the inquiry is
     * not failed any more (its lead made meanwhile) or someone else holds it at this moment ({@link #stateOf} tells
     * which). A form with problems throws them, and nothing changes.
     */
    public Optional<Entered> enterFailed(String reference, LeadForm form) {
        return tx.execute(state -> {
            List<Waiting> rows = jdbc.query(COLUMNS + "where reference = ? and failed_at is not null "
                    + "for update skip locked", waiting, reference);
            if (rows.isEmpty()) {
                return Optional.<Entered>empty();
            }
            LeadForm checked = intake.check(form);
            String key = intake.enterLead(checked, reference);
            List<String> changed;
            try {
                changed = changedFields(form(rows.getFirst()), checked);
            } catch (RuntimeException unreadable) {
                changed = null;
            }
            jdbc.update("delete from inquiry_inbox where id = ?", rows.getFirst().id());
            return Optional.of(new Entered(key, changed));
        });
    }

    /**
     * A set-aside inquiry entered by hand: its lead's key, and the names of the form's fields the person changed from
     * what the sender wrote (never their values), or {@code null} when the sender's form could not be read.
     */
    public record Entered(String leadKey, List<String> changed) {
    }

    /** The fields whose values differ, a blank text and an empty list counting as nothing. */
    static List<String> changedFields(LeadForm sent, LeadForm entered) {
        List<String> changed = new ArrayList<>();
        try {
            for (java.lang.reflect.RecordComponent field : LeadForm.class.getRecordComponents()) {
                Object before = nothingIfEmpty(field.getAccessor().invoke(sent));
                Object after = nothingIfEmpty(field.getAccessor().invoke(entered));
                if (!java.util.Objects.equals(before, after)) {
                    changed.add(field.getName());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return changed;
    }

    private static Object nothingIfEmpty(Object value) {
        boolean empty = value instanceof String text && text.isBlank()
                || value instanceof java.util.Collection<?> values && values.isEmpty();
        return empty ? null : value;
    }

    /** Where the inquiry {@code reference} is: waiting for its lead, set aside (failed), or gone (a lead). */
    public State stateOf(String reference) {
        return jdbc.query("select failed_at from inquiry_inbox where reference = ?",
                (rs, row) -> rs.getTimestamp(1) != null ? State.FAILED : State.WAITING, reference).stream()
                .findFirst().orElse(State.GONE);
    }

    /** Where an inquiry is: see {@link #stateOf}. */
    public enum State {
        WAITING, FAILED, GONE
    }

    /**
     * Tries the failed inquiry {@code reference} once more, now, in the caller's thread. Created, its row goes as
     * usual; failing again, it stays failed with the new error and one more attempt, and nobody is notified again
     * (whoever tried it sees the answer).
     */
    public Retried retryFailed(String reference) {
        List<Map.Entry<Long, Boolean>> rows = jdbc.query("select id, failed_at from inquiry_inbox where reference = ?",
                (rs, row) -> Map.entry(rs.getLong(1), rs.getTimestamp(2) != null), reference);
        if (rows.isEmpty() || !rows.getFirst().getValue()) {
            return new Retried(rows.isEmpty() ? Retried.Outcome.GONE : Retried.Outcome.WAITING, null, null);
        }
        long id = rows.getFirst().getKey();
        try {
            List<String> keys = tx.execute(state -> createOne(id, true, "for update skip locked"));
            if (keys.isEmpty()) {
                // Skipped: someone else holds the row now (another administrator's try), or just made its lead.
                boolean held = !jdbc.queryForList("select id from inquiry_inbox where id = ?", Long.class, id)
                        .isEmpty();
                return new Retried(held ? Retried.Outcome.BUSY : Retried.Outcome.GONE, null, null);
            }
            return new Retried(Retried.Outcome.CREATED, keys.getFirst(), null);
        } catch (RuntimeException e) {
            String error = causes(e);
            tx.executeWithoutResult(state -> jdbc.update("update inquiry_inbox set attempts = attempts + 1, "
                    + "last_error = ?, failed_at = ? where id = ?", error,
                    Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)), id));
            LOG.error("The lead of web inquiry {} could not be created when tried again: {}; it stays failed",
                    reference, error);
            LOG.debug("Web inquiry {} failed with", reference, e);
            return new Retried(Retried.Outcome.FAILED_AGAIN, null, simpleNames(error));
        }
    }

    /** "a.b.Outer <- c.Inner" as "Outer <- Inner". */
    private static String simpleNames(String classNames) {
        if (classNames == null) {
            return "";
        }
        return java.util.Arrays.stream(classNames.split(" <- "))
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .collect(java.util.stream.Collectors.joining(" <- "));
    }

    private record Batch(int taken, int created) {
    }

    private Batch nextBatch() {
        List<Long> ids = new ArrayList<>();
        Instant now = clock.instant();
        boolean burst = burstNoted();
        String batch = " order by id fetch first " + properties.batchSize() + " rows only for update skip locked";
        try {
            Integer created = tx.execute(state -> {
                // During a burst only the inquiries that have waited burst-lead-delay; otherwise every one.
                List<Waiting> rows = burst
                        ? jdbc.query(COLUMNS + DUE + " and received_at <= ?" + batch, waiting,
                                Timestamp.from(now), Timestamp.from(now.minus(properties.burstLeadDelay())))
                        : jdbc.query(COLUMNS + DUE + batch, waiting, Timestamp.from(now));
                rows.forEach(row -> ids.add(row.id()));
                // A batch taken before a burst stops at its start; the rows it leaves wait, unlocked at the commit.
                return rows.isEmpty() ? 0 : atWork(() -> create(rows, !burst).size());
            });
            return new Batch(created, created);
        } catch (RuntimeException e) {
            if (ids.isEmpty()) {
                throw e; // the inbox could not be read: the next round tries again
            }
            // One of them could not be created: each alone, so that the others go on and the culprit is named.
            int created = 0;
            for (Long id : ids) {
                created += createAlone(id) ? 1 : 0;
            }
            return new Batch(ids.size(), created);
        }
    }

    /** {@link #bursting()}, logging when a burst starts and when it has passed. */
    private boolean burstNoted() {
        boolean now = bursting();
        if (inBurst.compareAndSet(!now, now)) {
            if (now) {
                LOG.info("A burst of web inquiries (at least {} a second): each is answered once stored, and its lead "
                        + "follows once the burst has passed or within {}", properties.burstRate(),
                        properties.burstLeadDelay());
            } else {
                LOG.info("The burst of web inquiries has passed; the waiting ones become leads");
            }
        }
        return now;
    }

    private int atWork(java.util.function.IntSupplier work) {
        draining.incrementAndGet();
        try {
            return work.getAsInt();
        } finally {
            draining.decrementAndGet();
        }
    }

    private boolean createAlone(long id) {
        try {
            return Boolean.TRUE.equals(tx.execute(state -> !createOne(id, false, "for update skip locked").isEmpty()));
        } catch (RuntimeException e) {
            recordFailure(id, e);
            return false;
        }
    }

    /**
     * Takes one inquiry, waiting or (with {@code failed}) set aside, with the given lock clause and makes its lead, in
     * the caller's transaction; its key, or nothing when the row was not taken.
     */
    private List<String> createOne(long id, boolean failed, String lock) {
        return create(jdbc.query(COLUMNS + "where id = ? and failed_at is " + (failed ? "not null " : "null ") + lock,
                waiting, id), false);
    }

    /**
     * Records a failed attempt. What is kept and logged names the exceptions' classes, never their messages: a
     * database's message may quote the row's values, which are the person's. The third failure tells every
     * administrator, in the app, by the inquiry's reference.
     */
    private void recordFailure(long id, RuntimeException e) {
        String error = causes(e);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.executeWithoutResult(state -> {
            List<Map.Entry<String, Integer>> rows = jdbc.query("select reference, attempts from inquiry_inbox "
                    + "where id = ?", (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)), id);
            if (rows.isEmpty()) {
                LOG.warn("Web inquiry #{} failed ({}) and is no longer in the inbox: another taker made its lead",
                        id, error);
                return;
            }
            String reference = rows.getFirst().getKey();
            int attempt = rows.getFirst().getValue() + 1;
            boolean last = attempt >= ATTEMPTS;
            jdbc.update("update inquiry_inbox set attempts = ?, last_error = ?, retry_at = ?, failed_at = ? where id = ?",
                    attempt, error, Timestamp.from(now.plus(RETRY_AFTER.multipliedBy(attempt))),
                    last ? Timestamp.from(now) : null, id);
            LOG.error("The lead of web inquiry {} could not be created (attempt {} of {}): {}; the inquiry stays in "
                    + "the inbox", reference, attempt, ATTEMPTS, error);
            LOG.debug("Web inquiry {} failed with", reference, e);
            if (last) {
                staff.withRoles(Role.ADMIN).forEach(admin -> notifications.send(new NewNotification(admin.username(),
                        FAILED_NOTICE, "Web inquiry " + reference + " could not become a lead after " + ATTEMPTS
                                + " attempts. It is kept under Web inquiries, where it can be tried again.",
                        PAGE, InquiryIntake.ACTOR)));
                staff.withRoles(Role.INTAKE_COORDINATOR).forEach(coordinator -> notifications.send(new NewNotification(
                        coordinator.username(), FAILED_NOTICE, "Web inquiry " + reference + " could not become a lead "
                                + "by itself. Read it under Set-aside inquiries and enter the lead by hand.",
                        SET_ASIDE_PAGE, InquiryIntake.ACTOR)));
            }
        });
    }

    /** The kinds of {@code e} and its causes, outermost first: simple class names, never a message. */
    public static String kindsOf(Throwable e) {
        return simpleNames(causes(e));
    }

    private static String causes(Throwable e) {
        StringBuilder names = new StringBuilder();
        for (Throwable t = e; t != null && names.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            names.append(names.isEmpty() ? "" : " <- ").append(t.getClass().getName());
        }
        return names.length() > 500 ? names.substring(0, 500) : names.toString();
    }

    /**
     * Makes the rows' leads and deletes the rows, in the caller's transaction; the leads' keys. With
     * {@code untilBurst}, stops before the next row once a burst has begun (at least one lead made).
     */
    private List<String> create(List<Waiting> rows, boolean untilBurst) {
        List<String> keys = new ArrayList<>(rows.size());
        List<Waiting> made = new ArrayList<>(rows.size());
        for (Waiting row : rows) {
            if (untilBurst && !made.isEmpty() && bursting()) {
                break;
            }
            keys.add(intake.createLead(form(row), row.reference()));
            made.add(row);
            if (rows.size() > 1) {
                // Written, then forgotten by the persistence context: Hibernate checks every entity it holds at each
                // flush, and a batch's leads would otherwise make each lead's flushes slower than the last's.
                // What runs at the commit (the first-contact calls, the outbound events, the report rows, the audit
                // chain) works from the events' ids, not from these entities.
                entities.flush();
                entities.clear();
            }
        }
        if (!made.isEmpty()) {
            jdbc.batchUpdate("delete from inquiry_inbox where id = ?", made.stream()
                    .map(row -> new Object[] {row.id()}).toList());
        }
        return keys;
    }

    private void wake() {
        background.wake(Duration.ZERO);
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Creating leads from waiting inquiries failed; trying again in {}", properties.drainInterval(), e);
        }
    }

    @Override
    public void start() {
        if (properties.createInBackground()) {
            background.start(properties.drainInterval());
        }
    }

    @Override
    public void stop() {
        background.stop();
    }

    @Override
    public boolean isRunning() {
        return background.isRunning();
    }

    private LeadForm form(Waiting row) {
        return json.readValue(cipher.decrypt(LeadEncryption.INQUIRY_FORM.purpose(), row.form()), LeadForm.class);
    }

    private record Waiting(long id, String reference, String form) {
    }
}
