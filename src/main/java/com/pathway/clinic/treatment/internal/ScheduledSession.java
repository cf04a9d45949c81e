package com.pathway.clinic.treatment.internal;

import java.time.Instant;

import com.pathway.clinic.treatment.ScheduledSessionView;
import com.pathway.clinic.treatment.SessionState;
import com.pathway.shared.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booked session of a course and its attendance. It guards its own rules: only a scheduled session is
 * marked done, missed or cancelled, once, in the past for done and missed; only a scheduled session is moved,
 * and to a time still to come. Who marked it and when, and who last moved it, when and from where, are kept.
 */
@Entity
@Table(name = "scheduled_session")
public class ScheduledSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Column(nullable = false)
    private int number;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Column(length = 80, updatable = false)
    private String phase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionState state;
    @Column(name = "changed_by", length = 64)
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "moved_by", length = 64)
    private String movedBy;
    @Column(name = "moved_at")
    private Instant movedAt;
    @Column(name = "moved_from")
    private Instant movedFrom;
    @Version
    private long version;

    protected ScheduledSession() {
    }

    public ScheduledSession(long courseId, long itemId, String itemKey, int number, Instant scheduledAt, String phase) {
        this.phase = phase;
        this.courseId = courseId;
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.number = number;
        this.scheduledAt = scheduledAt;
        this.state = SessionState.SCHEDULED;
    }

    /** Marks the session done, missed or cancelled; refused when it is already one of them. */
    public void mark(SessionState to, String by, Instant at) {
        if (to == null || to == SessionState.SCHEDULED) {
            throw InvalidInputException.of("state", "Mark the session DONE, MISSED or CANCELLED.");
        }
        requireScheduled(to);
        if (to != SessionState.CANCELLED && scheduledAt.isAfter(at)) {
            throw InvalidInputException.of("state", "Session " + number + " is booked for later; only a session that"
                    + " has begun is done or missed. Cancel it instead if it will not take place.");
        }
        state = to;
        changedBy = by;
        changedAt = at;
    }

    /**
     * A signed infusion record shows that this session took place: it becomes done, whatever its booked time
     * on that day; refused (as {@link #mark}) when it is no longer scheduled.
     */
    public void attended(String by, Instant at) {
        requireScheduled(SessionState.DONE);
        state = SessionState.DONE;
        changedBy = by;
        changedAt = at;
    }

    /** Moves a scheduled session to a time still to come; who moved it, when and from where are kept. */
    public void moveTo(Instant to, String by, Instant now) {
        if (state != SessionState.SCHEDULED) {
            throw InvalidInputException.of("state", "Session " + number + " is " + state.label().toLowerCase()
                    + "; only a session still booked is moved. Add a new session instead.");
        }
        if (to == null || !to.isAfter(now)) {
            throw InvalidInputException.of("at", "Choose a time still to come for session " + number + ".");
        }
        movedFrom = scheduledAt;
        scheduledAt = to;
        movedBy = by;
        movedAt = now;
    }

    /** Its place in the course once sessions were moved or added (earliest first). */
    public void renumber(int number) {
        this.number = number;
    }

    private void requireScheduled(SessionState to) {
        if (state != SessionState.SCHEDULED) {
            throw InvalidInputException.of("state", "Session " + number + " is already " + state.label().toLowerCase()
                    + (changedBy == null ? "" : " (marked by " + changedBy + ")") + "; it cannot become "
                    + to.label().toLowerCase() + ".");
        }
    }

    public ScheduledSessionView view() {
        return new ScheduledSessionView(id, itemKey, number, scheduledAt, phase, state, changedBy, changedAt, movedBy,
                movedAt, movedFrom, version);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getNumber() {
        return number;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public SessionState getState() {
        return state;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getPhase() {
        return phase;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public Instant getMovedFrom() {
        return movedFrom;
    }

    public long getVersion() {
        return version;
    }
}
