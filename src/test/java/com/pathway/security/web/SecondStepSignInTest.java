package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

import com.pathway.security.MfaProperties;
import com.pathway.security.Role;
import com.pathway.security.internal.SecondStepPolicy;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.internal.Totp;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** After the password, a user with two-factor sign-in reaches nothing but the second step; API tokens are unaffected. */
@IntegrationTest
class SecondStepSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Test
    void aPasswordAloneOpensOnlyTheSecondStep() throws Exception {
        UserAccount user = enrolled("pending");
        MvcResult login = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);

        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/two-factor"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/two-factor"));
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(redirectedUrl("/two-factor"));

        SecondStepSession.complete(session);
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
    }

    @Test
    void aUserWithoutTwoFactorSignsInAsBeforeWhileItIsOptional() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("plain"), Role.CLINICIAN);
        MvcResult login = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(SecondStepSession.pending(login.getRequest().getSession(false))).isEmpty();
    }

    @Test
    void usersWhoseRoleRequiresItAreSentToSetItUp() {
        UserAccount clinician = accounts.create(TestAccounts.uniqueName("must"), Role.CLINICIAN);
        UserAccount coordinator = accounts.create(TestAccounts.uniqueName("may"), Role.INTAKE_COORDINATOR);
        SecondStepPolicy policy = new SecondStepPolicy(users, new MfaProperties(Set.of(Role.CLINICIAN), "Pathway"));

        assertThat(policy.after(clinician.getUsername())).isEqualTo(SecondStep.ENROL);
        assertThat(policy.after(coordinator.getUsername())).isEqualTo(SecondStep.NONE);
        assertThat(policy.after(enrolled("has").getUsername())).isEqualTo(SecondStep.CODE);
    }

    @Test
    void apiTokensNeedNoSecondStep() throws Exception {
        UserAccount user = enrolled("token");
        String token = accounts.token(user);
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token))).andExpect(status().isOk());
    }

    private UserAccount enrolled(String prefix) {
        UserAccount user = accounts.create(TestAccounts.uniqueName(prefix), Role.CLINICIAN);
        tx.executeWithoutResult(s -> users.findByUsername(user.getUsername()).orElseThrow()
                .enableTwoFactor(Totp.newSecret(), Totp.step(clock.instant()), clock.instant()));
        return user;
    }
}
