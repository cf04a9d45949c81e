package com.pathway.clinic.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.security.StaffMember;
import com.pathway.tasks.Notices;

/**
 * Announces each missed service-level target once: the lead's coordinator and every manager get an
 * in-app notice naming the lead by key (no health information). One node runs it at a time (ShedLock);
 * a lead's row remembers the deadline whose miss was announced, so a run that is repeated, or that
 * another node had started, sends nothing twice.
 */
@Component
public class ServiceLevelBreaches {

    private static final int BATCH = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final Notices notices;
    private final StaffDirectory staff;
    private final Clock clock;

    ServiceLevelBreaches(DataSource dataSource, Notices notices, StaffDirectory staff, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.notices = notices;
        this.staff = staff;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pathway.clinic.hours.breach-check:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "lead-service-level-breaches", lockAtMostFor = "5m")
    public void run() {
        announce();
    }

    /** Announces the misses not announced yet; returns how many leads it announced. */
    @Transactional
    public int announce() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Missed> missed = jdbc.query("""
                select id, item_key, coordinator, sla_due_at, first_contact_at from lead
                where sla_due_at < :now and (sla_notified_due_at is null or sla_notified_due_at <> sla_due_at)
                order by sla_due_at""", new MapSqlParameterSource("now", now).addValue("limit", BATCH),
                (rs, n) -> new Missed(rs.getLong("id"), rs.getString("item_key"), rs.getString("coordinator"),
                        rs.getObject("sla_due_at", OffsetDateTime.class), rs.getObject("first_contact_at") == null));
        if (missed.isEmpty()) {
            return 0;
        }
        List<String> managers = staff.withRoles(Role.MANAGER).stream().map(StaffMember::username).toList();
        int done = 0;
        for (Missed m : missed.subList(0, Math.min(BATCH, missed.size()))) {
            List<String> to = new ArrayList<>(managers);
            if (m.coordinator() != null) {
                to.add(m.coordinator());
            }
            String target = m.firstResponse() ? "first-response" : "time-to-consultation";
            notices.notify(to, m.key() + " missed its " + target + " target.", m.key());
            jdbc.update("update lead set sla_notified_due_at = :due where id = :id and sla_due_at = :due",
                    new MapSqlParameterSource("due", m.due()).addValue("id", m.id()));
            done++;
        }
        return done;
    }

    private record Missed(long id, String key, String coordinator, OffsetDateTime due, boolean firstResponse) {
    }
}
