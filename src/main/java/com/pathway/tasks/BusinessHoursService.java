package com.pathway.tasks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.Validation;

/**
 * Administrators edit the clinic's business hours, holidays and service-level targets. An edit applies
 * to inquiries that arrive from then on; deadlines already set stay as they were. Each save is checked
 * whole (nothing half-saved), refused when someone else saved first, and recorded in the audit trail
 * with what changed.
 */
@Service
public class BusinessHoursService {

    /** The longest target the page accepts: four working weeks of a long day. */
    static final Duration MAX_TARGET = Duration.ofHours(24 * 20);
    static final int MAX_HOLIDAYS = 200;

    private final ServiceLevels levels;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final java.time.Clock clock;

    public BusinessHoursService(ServiceLevels levels, DataSource dataSource, CurrentUser currentUser,
            AuditService audit, java.time.Clock clock) {
        this.levels = levels;
        this.jdbc = new JdbcTemplate(dataSource);
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The hours and targets in force, as the page shows them. */
    @PreAuthorize(Access.ADMIN)
    public BusinessHoursSettings current() {
        levels.forget();
        return levels.settings();
    }

    /**
     * Saves hours, holidays and targets, starting from {@code edit.version()}: refused with every problem
     * when they are inconsistent, and with a conflict when someone saved other settings meanwhile.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public BusinessHoursSettings save(BusinessHoursSettings edit) {
        check(edit);
        BusinessHoursSettings before = current();
        if (before.version() != edit.version()) {
            throw new ConflictException("Someone else saved the business hours meanwhile"
                    + (before.updatedBy() == null ? "" : " (" + before.updatedBy() + ")")
                    + ". Reload the page to see theirs, then make your change again.");
        }
        String actor = currentUser.usernameOrSystem();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long version = edit.version() + 1;
        int updated = jdbc.update("""
                update business_hours set working_days = ?, opens = ?, closes = ?, first_response_minutes = ?,
                       consultation_minutes = ?, updated_by = ?, updated_at = ?, version = ?
                where id = 1 and version = ?""", ServiceLevels.days(edit.workingDays()), edit.opens(), edit.closes(),
                (int) edit.firstResponse().toMinutes(), (int) edit.consultation().toMinutes(), actor, now, version,
                edit.version());
        if (updated == 0) {
            if (edit.version() != 0) {
                throw new ConflictException("Someone else saved the business hours meanwhile. Reload the page.");
            }
            jdbc.update("""
                    insert into business_hours (id, working_days, opens, closes, first_response_minutes,
                        consultation_minutes, updated_by, updated_at, version)
                    values (1, ?, ?, ?, ?, ?, ?, ?, ?)""", ServiceLevels.days(edit.workingDays()), edit.opens(),
                    edit.closes(), (int) edit.firstResponse().toMinutes(), (int) edit.consultation().toMinutes(),
                    actor, now, version);
        }
        jdbc.update("delete from business_holiday");
        jdbc.batchUpdate("insert into business_holiday (holiday_date, name) values (?, ?)", edit.holidays().stream()
                .map(h -> new Object[] {h.day(), h.name().strip()}).toList());
        audit.record(new AuditRecord("BUSINESS_HOURS_CHANGED", actor, "SETTINGS", "business-hours",
                AuditOutcome.SUCCESS, null, changes(before, edit)));
        forgetAfterCommit();
        return current();
    }

    private void check(BusinessHoursSettings edit) {
        Validation v = new Validation();
        v.check(!edit.workingDays().isEmpty(), "workingDays", "Choose at least one working day.");
        v.check(edit.opens() != null, "opens", "Say when the clinic opens.");
        v.check(edit.closes() != null, "closes", "Say when the clinic closes.");
        if (edit.opens() != null && edit.closes() != null) {
            v.check(edit.opens().isBefore(edit.closes()), "closes", "The clinic must close after it opens ("
                    + edit.opens() + ").");
        }
        target(v, "firstResponse", "first-response", edit.firstResponse());
        target(v, "consultation", "time-to-consultation", edit.consultation());
        if (edit.firstResponse() != null && edit.consultation() != null && !v.hasErrors("consultation")) {
            v.check(edit.consultation().compareTo(edit.firstResponse()) >= 0, "consultation",
                    "The consultation target cannot be shorter than the first-response target.");
        }
        v.check(edit.holidays().size() <= MAX_HOLIDAYS, "holidays", "At most " + MAX_HOLIDAYS + " holidays.");
        Set<LocalDate> seen = new HashSet<>();
        for (BusinessHoursSettings.Holiday h : edit.holidays()) {
            if (h.day() == null) {
                v.reject("holidays", "Every holiday needs a date.");
            } else if (!seen.add(h.day())) {
                v.reject("holidays", h.day() + " is listed twice.");
            }
            if (h.name() == null || h.name().isBlank()) {
                v.reject("holidays", "Every holiday needs a name" + (h.day() == null ? "." : " (" + h.day() + ")."));
            } else if (h.name().strip().length() > 80) {
                v.reject("holidays", "A holiday's name has at most 80 characters.");
            }
        }
        v.throwIfInvalid();
    }

    private static void target(Validation v, String field, String name, Duration target) {
        if (target == null || target.isZero() || target.isNegative()) {
            v.reject(field, "Give the " + name + " target as a time above zero.");
        } else if (target.compareTo(MAX_TARGET) > 0) {
            v.reject(field, "The " + name + " target can be at most " + MAX_TARGET.toHours() + " business hours.");
        } else if (target.toSecondsPart() != 0 || target.toMillisPart() != 0) {
            v.reject(field, "Give the " + name + " target in whole minutes.");
        }
    }

    private static Map<String, Object> changes(BusinessHoursSettings before, BusinessHoursSettings after) {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "workingDays", ServiceLevels.days(before.workingDays()), ServiceLevels.days(after.workingDays()));
        put(details, "opens", before.opens(), after.opens());
        put(details, "closes", before.closes(), after.closes());
        put(details, "firstResponse", before.firstResponse(), after.firstResponse());
        put(details, "consultation", before.consultation(), after.consultation());
        put(details, "holidays", days(before.holidays()), days(after.holidays()));
        return details;
    }

    private static List<LocalDate> days(List<BusinessHoursSettings.Holiday> holidays) {
        return holidays.stream().map(BusinessHoursSettings.Holiday::day).sorted().toList();
    }

    private static void put(Map<String, Object> details, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            details.put(field, before + " → " + after);
        }
    }

    private void forgetAfterCommit() {
        levels.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    levels.forget();
                }
            });
        }
    }
}
