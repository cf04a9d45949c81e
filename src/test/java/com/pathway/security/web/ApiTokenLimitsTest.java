package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.pathway.security.ApiTokenService;
import com.pathway.security.CreatedApiToken;
import com.pathway.security.NewApiToken;
import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * API tokens expire (90 days unless chosen at creation; an expired token is a 401 problem) and may be
 * read-only (GET and HEAD pass; any write is a 403 problem and changes nothing).
 */
@IntegrationTest
class ApiTokenLimitsTest {

    private static final String NEW_LEAD = """
            {"firstName":"Rowan","lastName":"Vale","phone":"202 555 0143","source":"PHONE"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.pathway.security.internal.AuthFailureSummaries summaries;

    @Test
    void aTokenLivesNinetyDaysUnlessItsOwnerChoosesAnotherTime() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("life"), Role.INTAKE_COORDINATOR);

        CreatedApiToken usual = as(user, () -> tokens.create("Nightly export"));
        CreatedApiToken week = as(user, () -> tokens.create(new NewApiToken("One-off import", 7, false)));

        assertThat(Duration.between(usual.token().createdAt(), usual.token().expiresAt())).isEqualTo(Duration.ofDays(90));
        assertThat(Duration.between(week.token().createdAt(), week.token().expiresAt())).isEqualTo(Duration.ofDays(7));
        assertThat(usual.token().readOnly()).isFalse();
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'API_TOKEN_CREATED' and actor = ?"
                + " order by id desc limit 1", String.class, user.getUsername())).contains("expiresAt");
    }

    @Test
    void aLifetimeOutsideOneDayToAYearIsRefusedAndNothingIsSaved() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("span"), Role.INTAKE_COORDINATOR);

        for (int days : new int[] {0, -3, 366}) {
            assertThatThrownBy(() -> as(user, () -> tokens.create(new NewApiToken("Script", days, false))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("validDays"))
                            .isEqualTo("A token lives from 1 to 365 days; 90 unless you need otherwise."));
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, user.getId()))
                .isZero();
    }

    @Test
    void anExpiredTokenIs401WithAPlainReason() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("expired"), Role.CLINICIAN);
        String token = accounts.token(user);
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token))).andExpect(status().isOk());

        jdbc.update("update api_token set expires_at = ? where user_id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                user.getId());

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Pathway API\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("This API token has expired. Create a new one under Profile,"
                        + " API tokens."));
        // Failures are summarised per address and window (ApiAuthThrottleTest): the row names the user and reason.
        summaries.flush();
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'API_AUTH_FAILURES'",
                String.class)).anySatisfy(details -> assertThat(details).contains(user.getUsername())
                        .contains("token expired"));
    }

    @Test
    void aReadOnlyTokenReadsButEveryWriteIs403AndChangesNothing() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("reader"), Role.INTAKE_COORDINATOR);
        String reader = as(user, () -> tokens.create(new NewApiToken("Dashboard", null, true))).value();
        int leadsBefore = leads();

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), reader))).andExpect(status().isOk());
        mvc.perform(head("/api/v1/me").with(httpBasic(user.getUsername(), reader))).andExpect(status().isOk());
        // A search sent as POST (its text kept out of the address) is a read.
        mvc.perform(post("/api/v1/leads/search").with(httpBasic(user.getUsername(), reader))
                .contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"nobody-by-this-name\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(post("/api/v1/boards/PW/search").with(httpBasic(user.getUsername(), reader))
                .contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"nobody-by-this-name\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.project").value("PW"));
        UserAccount manager = accounts.create(TestAccounts.uniqueName("reader"), Role.MANAGER);
        String managerReader = as(manager, () -> tokens.create(new NewApiToken("Export", null, true))).value();
        mvc.perform(post("/api/v1/leads/search/export").with(httpBasic(manager.getUsername(), managerReader))
                .contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"nobody-by-this-name\"}"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        for (MockHttpServletRequestBuilder write : new MockHttpServletRequestBuilder[] {
                post("/api/v1/leads"), patch("/api/v1/leads/PW-1"), delete("/api/v1/leads/PW-1")}) {
            mvc.perform(write.with(httpBasic(user.getUsername(), reader)).contentType(MediaType.APPLICATION_JSON)
                            .content(NEW_LEAD))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("This API token is read-only: it may only read (GET and"
                            + " HEAD). Use a token that may also write."));
        }
        assertThat(leads()).isEqualTo(leadsBefore);

        // The same user's read-and-write token writes.
        String writer = accounts.token(user);
        mvc.perform(post("/api/v1/leads").with(httpBasic(user.getUsername(), writer))
                .contentType(MediaType.APPLICATION_JSON).content(NEW_LEAD)).andExpect(status().isCreated());
        assertThat(leads()).isEqualTo(leadsBefore + 1);
    }

    private int leads() {
        return jdbc.queryForObject("select count(*) from lead", Integer.class);
    }

    private <T> T as(UserAccount user, Supplier<T> action) {
        accounts.signIn(user.getUsername());
        try {
            return action.get();
        } finally {
            accounts.signOut();
        }
    }
}
