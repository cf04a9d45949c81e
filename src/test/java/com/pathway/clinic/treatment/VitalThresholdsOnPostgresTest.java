package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.treatment.internal.VitalThresholds;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.workflow.SignedIn;

/**
 * The V62 table on PostgreSQL: seeded from the installation's settings (here a systolic limit of 170), changed
 * by an administrator with its version, and guarded by the database too (low below high, one row per sign).
 */
@SpringBootTest(properties = "pathway.treatment.vital-alerts.systolic-above=170")
@PostgresTest
@Import(CleanDatabase.class)
class VitalThresholdsOnPostgresTest {

    @Autowired
    VitalThresholdService thresholds;
    @Autowired
    VitalThresholds stored;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theSettingsSeedTheRangesAndAnAdministratorChangesOne() {
        assertThat(jdbc.queryForObject("select high_limit from vital_threshold where sign = 'SYSTOLIC' and shipped",
                Integer.class)).isEqualTo(170);
        stored.seedMissing();
        assertThat(jdbc.queryForObject("select count(*) from vital_threshold", Integer.class))
                .as("seeding again adds nothing").isEqualTo(VitalSign.values().length);

        SignedIn.as("pg-admin", "ADMIN");
        VitalRange respiratory = thresholds.ranges().of(VitalSign.RESPIRATORY_RATE);
        assertThat(respiratory.text()).isEqualTo("no range");
        VitalRange changed = thresholds.change("RESPIRATORY_RATE", new VitalLimits(8, 30), respiratory.version());

        assertThat(changed.version()).isGreaterThan(respiratory.version());
        assertThat(thresholds.ranges().of(VitalSign.RESPIRATORY_RATE)).isEqualTo(changed);
        assertThat(jdbc.queryForMap("select low_limit, high_limit, shipped, changed_by from vital_threshold"
                + " where sign = 'RESPIRATORY_RATE'")).containsEntry("low_limit", 8).containsEntry("high_limit", 30)
                .containsEntry("shipped", false).containsEntry("changed_by", "pg-admin");
    }

    @Test
    void theDatabaseRefusesALowLimitAboveTheHighOne() {
        assertThatThrownBy(() -> jdbc.update("update vital_threshold set low_limit = 130, high_limit = 60"
                + " where sign = 'HEART_RATE'")).isInstanceOf(DataIntegrityViolationException.class);
    }
}
