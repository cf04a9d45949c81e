package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.security.internal.UserAccount;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** The API accepts HTTP Basic with a user name and a personal token, never a password. */
@IntegrationTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.pathway.security.internal.AuthFailureSummaries summaries;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void meAnswersWithAUserNameAndToken() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("api"), Role.INTAKE_COORDINATOR);
        String token = accounts.token(user);

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.getUsername()))
                .andExpect(jsonPath("$.roles[0]").value("INTAKE_COORDINATOR"))
                .andExpect(jsonPath("$.activeApiTokens").value(1))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theUserNameIsMatchedWhateverItsCase() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("case"), Role.CLINICIAN);
        String token = accounts.token(user);
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername().toUpperCase(), token)))
                .andExpect(status().isOk());
    }

    @Test
    void aPasswordIsNeverAcceptedOnTheApi() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("pwd"), Role.CLINICIAN);
        accounts.token(user);
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)));
        summaries.flush();
        // Summarised per address and window (ApiAuthThrottleTest): the row names the user names tried.
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'API_AUTH_FAILURES'",
                String.class)).anySatisfy(details -> assertThat(details).contains(user.getUsername()));
    }

    @Test
    void missingOrWrongCredentialsAre401ProblemDetails() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("miss"), Role.CLINICIAN);
        String token = accounts.token(user);
        UserAccount other = accounts.create(TestAccounts.uniqueName("other"), Role.CLINICIAN);

        expectUnauthorized(get("/api/v1/me"))
                .andExpect(jsonPath("$.detail").value(
                        "Send HTTP Basic credentials: your user name and one of your personal API tokens."))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), token + "x")));
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), "")));
        expectUnauthorized(get("/api/v1/me").with(httpBasic("nobody-here", token)));
        // someone else's token does not work with my name
        expectUnauthorized(get("/api/v1/me").with(httpBasic(other.getUsername(), token)));
    }

    @Test
    void aRevokedTokenIs401() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("revoke"), Role.CLINICIAN);
        String token = accounts.token(user);
        accounts.signIn(user.getUsername());
        try {
            long id = accounts.tokenByValue(token).getId();
            new org.springframework.transaction.support.TransactionTemplate(txManager)
                    .executeWithoutResult(s -> tokenService.revoke(id));
        } finally {
            accounts.signOut();
        }
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), token)));
    }

    @Autowired
    com.pathway.security.ApiTokenService tokenService;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    @Test
    void aDeactivatedUsersTokenIs401() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("gone"), Role.CLINICIAN);
        String token = accounts.token(user);
        jdbc.update("update app_user set active = false where id = ?", user.getId());
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), token)));
    }

    @Test
    void aLockedUsersTokenIs401WithAPlainReason() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("lockapi"), Role.CLINICIAN);
        String token = accounts.token(user);
        jdbc.update("update app_user set locked_until = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(600)), user.getId());
        expectUnauthorized(get("/api/v1/me").with(httpBasic(user.getUsername(), token)))
                .andExpect(jsonPath("$.detail").value(
                        "This account is locked after too many failed sign-ins; try again later."));
    }

    @Test
    void aRoleWithoutTheRightGets403ProblemDetails() throws Exception {
        for (Role role : new Role[] {Role.MANAGER, Role.CLINICIAN, Role.INTAKE_COORDINATOR}) {
            UserAccount user = accounts.create(TestAccounts.uniqueName("noadm"), role);
            String token = accounts.token(user);
            mvc.perform(get("/api/v1/users").with(httpBasic(user.getUsername(), token)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.detail").value("Your role does not allow this request."));
        }
    }

    @Test
    void anAdministratorListsUsersAndBadPagingIs422() throws Exception {
        String token = accounts.token(accounts.reload("admin"));
        mvc.perform(get("/api/v1/users").param("q", "admin").with(httpBasic("admin", token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value("admin"));
        mvc.perform(get("/api/v1/users").param("size", "500").with(httpBasic("admin", token)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("used"), Role.CLINICIAN);
        String token = accounts.token(user);
        assertThat(accounts.tokenByValue(token).getLastUsedAt()).isNull();
        Instant before = Instant.now().minusSeconds(1);

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token))).andExpect(status().isOk());

        assertThat(accounts.tokenByValue(token).getLastUsedAt()).isBetween(before, Instant.now());
    }

    private ResultActions expectUnauthorized(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Pathway API\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    private String lastAudit(String actor) {
        return jdbc.queryForObject("select action from audit_entry where actor = ? order by id desc limit 1",
                String.class, actor);
    }
}
