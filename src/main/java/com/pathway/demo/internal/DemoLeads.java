package com.pathway.demo.internal;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadProperties;
import com.pathway.demo.DataGenerator;
import com.pathway.demo.DemoProperties;
import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;
import com.pathway.security.DemoAccounts;
import com.pathway.shared.crypto.ColumnCipher;

/**
 * Demo profile only: once the app is up (the clinic workflow and project installed), fills an empty
 * clinic project with {@code pathway.demo.leads} fictional leads over the last months, so every
 * list and page has something to show. Never runs in production, never adds to existing leads, and
 * never runs where demo users may not ({@link DemoAccounts#refusal()}).
 */
@Component
@Profile("demo")
public class DemoLeads {

    private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);

    private final DataSource dataSource;
    private final DemoProperties properties;
    private final LeadProperties leads;
    private final Clock clock;
    private final DemoAccounts accounts;
    private final ColumnCipher cipher;

    public DemoLeads(DataSource dataSource, DemoProperties properties, LeadProperties leads, Clock clock,
            DemoAccounts accounts, ColumnCipher cipher) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.dataSource = dataSource;
        this.properties = properties;
        this.leads = leads;
        this.clock = clock;
    }

    /** Before the listeners that read the leads on start (the dashboard's summary is rebuilt after it). */
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void fillEmptyProject() {
        if (properties.leads() == 0 || hasLeads()) {
            return;
        }
        // The same rule as the demo users: never beside real users, never on PostgreSQL unless allowed.
        var refusal = accounts.refusal();
        if (refusal.isPresent()) {
            log.warn("Demo profile: no demo leads created, because {}.", refusal.get());
            return;
        }
        GenerationReport report = new DataGenerator(line -> { }, cipher).generate(dataSource, new GenerationSpec(properties.leads(),
                properties.months(), properties.seed(), clock.instant(), leads.conditions()));
        log.info("Demo leads: {}", report);
    }

    boolean hasLeads() {
        Long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from wf_item i join wf_project p"
                + " on p.id = i.project_id where p.project_key = ?", Long.class, Targets.PROJECT_KEY);
        return count != null && count > 0;
    }
}
