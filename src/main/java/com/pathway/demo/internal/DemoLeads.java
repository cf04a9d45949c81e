package com.pathway.demo.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadProperties;
import com.pathway.clinic.LeadSource;
import com.pathway.demo.DataGenerator;
import com.pathway.demo.DemoProperties;
import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;
import com.pathway.security.DemoAccounts;
import com.pathway.shared.crypto.ColumnCipher;

/**
 * Demo profile only: once the app is up (the clinic workflow and project installed), fills an empty
 * clinic project with {@code pathway.demo.leads} fictional leads over the last months, so every
 * list and page has something to show, and sets one web inquiry aside as the inquiry inbox leaves one whose lead
 * could not be made ({@link #setAsideOneInquiry}). Never runs in production, never adds to existing leads, and
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
    private final JsonMapper json;

    public DemoLeads(DataSource dataSource, DemoProperties properties, LeadProperties leads, Clock clock,
            DemoAccounts accounts, ColumnCipher cipher, JsonMapper json) {
        this.json = json;
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
        setAsideOneInquiry();
    }

    /**
     * One fictional web inquiry in the inquiry inbox, set aside after its three attempts, so that Web inquiries
     * (administrators: Try again) and Set-aside inquiries (intake coordinators: Enter as lead) have one to show. Its
     * form is what the inquiry API would have stored, encrypted as the inbox keeps it ({@code inquiry_inbox.form}).
     */
    void setAsideOneInquiry() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant received = now.minus(Duration.ofHours(3));
        Consent given = new Consent(received, "web form");
        String condition = leads.conditions().isEmpty() ? null : leads.conditions().getFirst();
        LeadForm form = new LeadForm("Rowan", "Ashdown", null, LocalDate.of(1979, 3, 14), "+12025550148", null,
                "rowan.ashdown@example.org", ContactMethod.PHONE, null, LeadSource.WEB_FORM, "google", "cpc",
                "autumn", null, condition, null, false, given, null, given, given, List.of(), LeadPriority.NORMAL,
                null, null, "I have read about infusions for depression. Could someone call me in the morning?");
        new JdbcTemplate(dataSource).update("insert into inquiry_inbox (reference, form, received_at, attempts, "
                + "last_error, failed_at) values (?, ?, ?, 3, ?, ?)", InquiryReferences.of(0, 1),
                cipher.encrypt("inquiry_inbox.form", json.writeValueAsString(form)), Timestamp.from(received),
                "org.springframework.dao.DataIntegrityViolationException", Timestamp.from(received.plus(
                        Duration.ofMinutes(3))));
    }

    boolean hasLeads() {
        Long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from wf_item i join wf_project p"
                + " on p.id = i.project_id where p.project_key = ?", Long.class, Targets.PROJECT_KEY);
        return count != null && count > 0;
    }
}
