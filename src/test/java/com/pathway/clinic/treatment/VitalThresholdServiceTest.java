package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.treatment.SessionForm.DoseStep;
import com.pathway.clinic.treatment.SessionForm.Vitals;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * The clinic's vital-sign ranges: seeded once from the settings, changed by administrators only (audited,
 * marked as the clinic's own), read by clinicians, and applied to every session read. A bad range is
 * refused field by field and changes nothing. Each test puts back the ranges it changed.
 */
@IntegrationTest
class VitalThresholdServiceTest {

    @Autowired
    VitalThresholdService thresholds;
    @Autowired
    InfusionService sessions;
    @Autowired
    TreatmentService courses;
    @Autowired
    LeadService leads;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    String admin;
    String clinician;
    String coordinator;

    @BeforeEach
    void staff() {
        admin = accounts.newUser("admin", Role.ADMIN);
        clinician = accounts.newUser("clin", Role.CLINICIAN);
        coordinator = accounts.newUser("coord", Role.INTAKE_COORDINATOR);
    }

    @AfterEach
    void putBackTheDiastolicRange() {
        accounts.signIn(admin);
        VitalRange diastolic = thresholds.ranges().of(VitalSign.DIASTOLIC);
        if (!diastolic.shipped()) {
            thresholds.change("DIASTOLIC", new VitalLimits(null, 110), diastolic.version());
        }
        accounts.signOut();
    }

    private long audited(String sign) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'VITAL_THRESHOLD_CHANGED'"
                + " and entity_id = ?", Long.class, sign);
    }

    @Test
    void theSettingsSeedEveryRangeOnceAsShippedDefaults() {
        assertThat(jdbc.queryForList("select sign from vital_threshold order by sign", String.class))
                .containsExactly("DIASTOLIC", "HEART_RATE", "RESPIRATORY_RATE", "SPO2", "SYSTOLIC");
        accounts.signIn(clinician);
        VitalRanges ranges = thresholds.ranges();
        assertThat(ranges.ranges()).extracting(VitalRange::sign).containsExactly(VitalSign.values());
        assertThat(ranges.of(VitalSign.HEART_RATE)).satisfies(r -> {
            assertThat(r.low()).isEqualTo(50);
            assertThat(r.high()).isEqualTo(120);
            assertThat(r.shipped()).isTrue();
        });
        assertThat(ranges.of(VitalSign.SPO2).text()).isEqualTo("at least 92%");
        assertThat(sessions.vitalRanges()).isEqualTo(ranges);
    }

    @Test
    void anAdministratorsChangeIsTheClinicsOwnAuditedAndMarksEverySessionRead() {
        accounts.signIn(admin);
        long before = audited("DIASTOLIC");
        VitalRange shipped = thresholds.ranges().of(VitalSign.DIASTOLIC);

        VitalRange changed = thresholds.change("diastolic", new VitalLimits(50, 95), shipped.version());

        assertThat(changed.text()).isEqualTo("50–95 mmHg");
        assertThat(changed.shipped()).isFalse();
        assertThat(changed.changedBy()).isEqualTo(admin);
        assertThat(changed.changedAt()).isNotNull();
        assertThat(audited("DIASTOLIC")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'VITAL_THRESHOLD_CHANGED'"
                + " and entity_id = 'DIASTOLIC' order by id desc limit 1", String.class))
                .contains("from at most 110 mmHg to 50–95 mmHg");

        String key = leadWithCourse();
        Instant start = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.record(key, new SessionForm(start, start.plus(30, ChronoUnit.MINUTES), null,
                List.of(new DoseStep(start, new BigDecimal("10"), "mg")),
                List.of(new Vitals(start, 150, 100, 80, 98, 14)), List.of(), null));
        assertThat(session.alerts()).extracting(SessionView.VitalAlert::text)
                .containsExactly("Diastolic 100 mmHg is above the clinic's range (max 95).");
        assertThat(sessions.summary(key, session.id()).alerts()).hasSize(1);
    }

    @Test
    void aBadRangeIsRefusedFieldByFieldAndChangesNothing() {
        accounts.signIn(admin);
        VitalRange before = thresholds.ranges().of(VitalSign.DIASTOLIC);
        long audits = audited("DIASTOLIC");

        assertThatThrownBy(() -> thresholds.change("DIASTOLIC", new VitalLimits(100, 60), before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("high").containsValue("Diastolic: the high limit (60) must be above the low limit (100)."));
        assertThatThrownBy(() -> thresholds.change("DIASTOLIC", new VitalLimits(5, 400), before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("low", "high"));
        assertThatThrownBy(() -> thresholds.change("DIASTOLIC", null, before.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> thresholds.change(" ", new VitalLimits(60, 100), before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("sign"));
        assertThatThrownBy(() -> thresholds.change("TEMPERATURE", new VitalLimits(36, 38), 0))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("There is no vital sign TEMPERATURE");

        assertThat(thresholds.ranges().of(VitalSign.DIASTOLIC)).isEqualTo(before);
        assertThat(audited("DIASTOLIC")).isEqualTo(audits);
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        accounts.signIn(admin);
        VitalRange read = thresholds.ranges().of(VitalSign.DIASTOLIC);
        thresholds.change("DIASTOLIC", new VitalLimits(null, 105), read.version());

        assertThatThrownBy(() -> thresholds.change("DIASTOLIC", new VitalLimits(null, 100), read.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed the diastolic range meanwhile");
        assertThat(thresholds.ranges().of(VitalSign.DIASTOLIC).high()).isEqualTo(105);
    }

    @Test
    void onlyAdministratorsChangeARangeAndOnlyCliniciansAndAdministratorsReadThem() {
        accounts.signIn(clinician);
        long version = thresholds.ranges().of(VitalSign.DIASTOLIC).version();
        assertThatThrownBy(() -> thresholds.change("DIASTOLIC", new VitalLimits(null, 90), version))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn(coordinator);
        assertThatThrownBy(() -> thresholds.ranges()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.vitalRanges()).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(admin);
        assertThat(thresholds.ranges().of(VitalSign.DIASTOLIC).high()).isEqualTo(110);
    }

    private String leadWithCourse() {
        accounts.signIn(coordinator);
        String key = leads.create(Leads.withClinician(Leads.form("Vera", "Lind", "(202) 555-0149", null), clinician))
                .key();
        accounts.signIn(clinician);
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock), null));
        return key;
    }
}
