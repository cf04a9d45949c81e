package com.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.security.Role;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool renews its connections (after 30 minutes at the latest), closing the one the
 * migrations ran on. H2 2.4.240 then refused every insert into a table with a check constraint
 * ("Check constraint invalid"): notes, screenings and sessions could no longer be written until a
 * restart. The application's H2 must keep its check constraints working, and still enforcing, on
 * connections opened after that.
 */
@IntegrationTest
class ConstraintsAfterReconnectTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void checkConstraintsAcceptGoodRowsAndRefuseBadOnesAfterThePoolRenewedItsConnections() {
        long user = accounts.create(TestAccounts.uniqueName("constraints"), Role.MANAGER).getId();
        HikariDataSource pool = (HikariDataSource) dataSource;
        pool.getHikariPoolMXBean().softEvictConnections();

        String insert = "insert into role_grant_request (user_id, requested_by, requested_at, status, version)"
                + " values (?, 'constraints-test', current_timestamp, ?, 0)";
        try {
            assertThat(jdbc.update(insert, user, "PENDING")).isEqualTo(1);
            assertThatThrownBy(() -> jdbc.update(insert, user, "MAYBE"))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_role_grant_request_status"));
        } finally {
            jdbc.update("delete from role_grant_request where requested_by = 'constraints-test'");
        }
    }
}
