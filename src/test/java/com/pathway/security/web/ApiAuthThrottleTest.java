package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.pathway.security.Role;
import com.pathway.security.internal.ApiAuthThrottle;
import com.pathway.security.internal.AuthFailureSummaries;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.ClientRateLimiter;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Repeated failed API authentications from one address: 429 with Retry-After once its allowance is used up (a
 * good token from that address too, until the allowance refills), other addresses unaffected, and one audit row
 * per address and window instead of one per failure. A long window keeps the scheduled summary out of the way.
 */
@IntegrationTest
@TestPropertySource(properties = {"pathway.security.throttle.api-failures-per-address=5",
        "pathway.security.throttle.api-period=10m"})
class ApiAuthThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthFailureSummaries summaries;

    @Test
    void manyFailuresFromOneAddressAreThrottledAndSummarisedInOneAuditRow() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("api"), Role.CLINICIAN);
        String token = accounts.token(user);
        String flooding = "203.0.113.50";
        summaries.flush();

        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), "wrong-token-" + i))
                    .with(SignInThrottleTest.from(flooding))).andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), "wrong-token-" + i))
                            .with(SignInThrottleTest.from(flooding)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.title").value("Too many requests"));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token)).with(SignInThrottleTest.from(flooding)))
                .andExpect(status().isTooManyRequests());
        // A request without credentials is not throttled: it is asked for them.
        mvc.perform(get("/api/v1/me").with(SignInThrottleTest.from(flooding))).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token))
                .with(SignInThrottleTest.from("203.0.113.51"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), "wrong"))
                .with(SignInThrottleTest.from("2001:db8:5::1"))).andExpect(status().isUnauthorized());

        assertThat(summaries.flush()).isEqualTo(2);
        List<Map<String, Object>> rows = jdbc.queryForList("select actor, outcome, client_address, details "
                + "from audit_entry where action = ? order by id", ApiAuthThrottle.ACTION);
        assertThat(rows).filteredOn(r -> flooding.equals(r.get("client_address"))).singleElement().satisfies(r -> {
            assertThat(r.get("actor")).isEqualTo(user.getUsername());
            assertThat(r.get("outcome")).isEqualTo("FAILURE");
            assertThat((String) r.get("details")).contains("\"count\":26").contains("\"first\"").contains("\"last\"")
                    .contains("unknown user or token=5").contains("refused while throttled=21");
        });
        assertThat(rows).filteredOn(r -> ClientRateLimiter.clientKey("2001:db8:5::1").equals(r.get("client_address"))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'API_AUTH_FAILURE'",
                Integer.class)).as("no row per failure").isZero();
    }
}
