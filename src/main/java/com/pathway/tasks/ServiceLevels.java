package com.pathway.tasks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.shared.ClinicProperties;

/**
 * The clinic's service-level targets in its business hours: when a first contact and a consultation
 * are due for an inquiry that arrived at a given moment, and how much business time is left until a
 * deadline (negative once it has passed). Administrators edit the hours and targets on the Business
 * hours page ({@link BusinessHoursService}); until then the {@link BusinessHoursProperties} apply.
 * The saved settings are read again at most every {@link #FRESH}, so that every node of the clinic
 * follows an edit made on another.
 */
@Component
public class ServiceLevels {

    static final Duration FRESH = Duration.ofSeconds(30);

    private record Snapshot(BusinessHoursSettings settings, BusinessHours hours, Instant readAt) {
    }

    private final BusinessHoursProperties properties;
    private final ZoneId zone;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public ServiceLevels(BusinessHoursProperties properties, ClinicProperties clinic, DataSource dataSource,
            Clock clock) {
        this.properties = properties;
        this.zone = clinic.timeZone();
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        // Shipped defaults that make no calendar (closing before opening, no working day) stop the start.
        new BusinessHours(zone, properties.workingDays(), properties.opens(), properties.closes(), Set.of());
    }

    public BusinessHours hours() {
        return current().hours();
    }

    /** The hours and targets in force, with who changed them last. */
    public BusinessHoursSettings settings() {
        return current().settings();
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration firstResponseTarget() {
        return settings().firstResponse();
    }

    public Duration consultationTarget() {
        return settings().consultation();
    }

    public Instant firstResponseDue(Instant arrived) {
        Snapshot now = current();
        return now.hours().plus(arrived, now.settings().firstResponse());
    }

    public Instant consultationDue(Instant arrived) {
        Snapshot now = current();
        return now.hours().plus(arrived, now.settings().consultation());
    }

    /** Business time from now until the deadline; negative when it has passed. */
    public Duration remaining(Instant due, Instant now) {
        return hours().between(now, due);
    }

    /** Forgets the settings read, so that the next question reads them again (after an edit). */
    void forget() {
        snapshot = null;
    }

    /** The shipped defaults: the {@code pathway.clinic.hours.*} properties. */
    BusinessHoursSettings defaults() {
        return new BusinessHoursSettings(properties.workingDays(), properties.opens(), properties.closes(),
                properties.holidays().stream().sorted().map(d -> new BusinessHoursSettings.Holiday(d, "Holiday"))
                        .toList(),
                properties.firstResponse(), properties.consultation(), 0, null, null);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known != null && known.readAt().plus(FRESH).isAfter(now)) {
            return known;
        }
        BusinessHoursSettings settings = read();
        Snapshot fresh = new Snapshot(settings, new BusinessHours(zone, settings.workingDays(), settings.opens(),
                settings.closes(), settings.holidays().stream().map(BusinessHoursSettings.Holiday::day)
                        .collect(Collectors.toCollection(HashSet::new))), now);
        snapshot = fresh;
        return fresh;
    }

    private BusinessHoursSettings read() {
        List<BusinessHoursSettings> saved = jdbc.query("""
                select working_days, opens, closes, first_response_minutes, consultation_minutes, version,
                       updated_by, updated_at
                from business_hours where id = 1""", (rs, i) -> new BusinessHoursSettings(days(rs.getString(1)),
                rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class), List.of(),
                Duration.ofMinutes(rs.getInt(4)), Duration.ofMinutes(rs.getInt(5)), rs.getLong(6), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant()));
        if (saved.isEmpty()) {
            return defaults();
        }
        List<BusinessHoursSettings.Holiday> holidays = jdbc.query("select holiday_date, name from business_holiday order by holiday_date",
                (rs, i) -> new BusinessHoursSettings.Holiday(rs.getObject(1, java.time.LocalDate.class), rs.getString(2)));
        BusinessHoursSettings s = saved.getFirst();
        return new BusinessHoursSettings(s.workingDays(), s.opens(), s.closes(), holidays, s.firstResponse(),
                s.consultation(), s.version(), s.updatedBy(), s.updatedAt());
    }

    static String days(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static Set<DayOfWeek> days(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
