package com.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PathwayApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsWithMigratedSchemaAndOnlyTheBootstrapAdministrator() {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select username from app_user", String.class)).isEqualTo("admin");
        assertThat(jdbc.queryForList("select role from app_user_role", String.class)).containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class))
                .as("no demo tokens").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_CREATED'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'USER_CREATED'",
                String.class)).isEqualTo("system");
    }
}
