package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.pathway.security.Role;
import com.pathway.security.internal.AuthFailureSummaries;
import com.pathway.security.internal.UserAccount;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Failed sign-ins are throttled per client address, so that one address cannot lock someone else's account, and a
 * lockout (failures from several addresses) e-mails the account's owner once. MockMvc requests name their address.
 */
@IntegrationTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthFailureSummaries summaries;

    @Test
    void oneAddressCannotLockSomeoneElsesAccountAndIsRefusedBeforeThePasswordIsChecked() throws Exception {
        UserAccount victim = accounts.create(TestAccounts.uniqueName("victim"), Role.CLINICIAN);
        String attacker = "198.51.100.7";

        for (int i = 0; i < 12; i++) {
            mvc.perform(signIn(victim.getUsername(), "guess-" + i, attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult rightPassword = mvc.perform(signIn(victim.getUsername(), TestAccounts.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?error")).andReturn();

        assertThat(rightPassword.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("refused before the password was checked, even the right one")
                .isInstanceOf(SignInThrottleFilter.SignInThrottledException.class);
        UserAccount after = accounts.reload(victim.getUsername());
        assertThat(after.getLockedUntil()).as("one address never locks the account").isNull();
        assertThat(after.getFailedLoginCount()).as("the address counts once towards the lockout").isEqualTo(1);
        assertThat(actions(victim.getUsername())).as("only the allowance reached the password check")
                .containsExactly("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE");

        mvc.perform(signIn(victim.getUsername(), TestAccounts.PASSWORD, "192.0.2.20"))
                .andExpect(redirectedUrl("/"));

        summaries.flush();
        Map<String, Object> summary = jdbc.queryForMap("select actor, details from audit_entry where action = ? "
                + "and client_address = ? order by id desc limit 1", SignInThrottleFilter.ACTION, attacker);
        assertThat(summary.get("actor")).isEqualTo(victim.getUsername());
        assertThat((String) summary.get("details")).contains("\"count\":8").contains("refused while throttled");
    }

    @Test
    void failuresFromSeveralAddressesLockTheAccountAndItsOwnerGetsOneEmail() throws Exception {
        UserAccount owner = accounts.create(TestAccounts.uniqueName("owner"), Role.INTAKE_COORDINATOR);
        String email = owner.getUsername() + "@clinic.example";
        jdbc.update("update app_user set email = ? where username = ?", email, owner.getUsername());

        for (int i = 0; i < 7; i++) {
            mvc.perform(signIn(owner.getUsername(), "guess-" + i, "203.0.113." + (20 + i)))
                    .andExpect(redirectedUrl("/login?error"));
        }

        assertThat(accounts.reload(owner.getUsername()).getLockedUntil()).isNotNull();
        assertThat(actions(owner.getUsername())).filteredOn("ACCOUNT_LOCKED"::equals).hasSize(1);
        List<Map<String, Object>> mail = jdbc.queryForList(
                "select kind, subject, body from mail_outbox where recipient = ?", email);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().get("kind")).isEqualTo("ACCOUNT_LOCKED");
        assertThat((String) mail.getFirst().get("subject")).isEqualTo("Your Pathway account was locked after failed sign-ins");
        assertThat((String) mail.getFirst().get("body")).contains(owner.getUsername()).contains("is locked until")
                .doesNotContain("PW-");
    }

    @Test
    void anAccountWithoutAnAddressLocksWithoutMail() throws Exception {
        UserAccount owner = accounts.create(TestAccounts.uniqueName("nomail"), Role.CLINICIAN);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(owner.getUsername(), "guess-" + i, "2001:db8:" + i + "::1"));
        }
        assertThat(accounts.reload(owner.getUsername()).getLockedUntil()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where username = ?", Integer.class,
                owner.getUsername())).isZero();
    }

    /** The sign-in form's POST (with the page's CSRF token) from the given client address. */
    static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").with(csrf()).param("username", username).param("password", password)
                .with(from(address));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> actions(String actor) {
        return jdbc.queryForList("select action from audit_entry where actor = ? order by id", String.class, actor);
    }
}
