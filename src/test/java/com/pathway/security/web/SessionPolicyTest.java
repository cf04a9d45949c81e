package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.pathway.security.OpenSession;
import com.pathway.security.Role;
import com.pathway.security.SessionService;
import com.pathway.security.UserChanges;
import com.pathway.security.UserService;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Signed-in sessions through the real UI filter chain: they end after the idle time (heartbeats do not
 * count), after the absolute lifetime, and at once when an administrator resets the password, deactivates
 * the account or takes a role away; a user lists and ends their own sessions.
 */
@IntegrationTest
class SessionPolicyTest {

    private static final String SIGNED_IN_PAGE = "/v3/api-docs";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    SessionService sessions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersSessionsAndRevokesTheirTokens() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("reset"), Role.CLINICIAN);
        String token = accounts.token(user);
        MockHttpSession session = signIn(user);
        assertSignedIn(session);

        accounts.signIn("admin");
        users.resetPassword(user.getId(), "violet-harbor-lantern-2");
        accounts.signOut();

        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(accounts.tokenByValue(token).isActive()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'API_TOKEN_REVOKED' "
                + "and actor = 'admin' and entity_id = ?", Long.class,
                String.valueOf(accounts.tokenByValue(token).getId()))).isEqualTo(1);
        assertThat(auditDetails("USER_PASSWORD_RESET", user)).contains("\"tokensRevoked\":1", "\"sessionsEnded\":1");
    }

    @Test
    void takingARoleAwayEndsTheUsersSessionsButGrantingOneDoesNot() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("demote"), Role.CLINICIAN, Role.MANAGER);
        MockHttpSession session = signIn(user);

        accounts.signIn("admin");
        UserAccount current = accounts.reload(user.getUsername());
        users.updateUser(user.getId(), new UserChanges(current.getDisplayName(), null,
                EnumSet.of(Role.CLINICIAN, Role.MANAGER, Role.INTAKE_COORDINATOR), current.getVersion()));
        accounts.signOut();
        assertSignedIn(session);

        accounts.signIn("admin");
        current = accounts.reload(user.getUsername());
        users.updateUser(user.getId(), new UserChanges(current.getDisplayName(), null,
                EnumSet.of(Role.CLINICIAN, Role.INTAKE_COORDINATOR), current.getVersion()));
        accounts.signOut();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void deactivatingEndsTheUsersSessions() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("deact"), Role.INTAKE_COORDINATOR);
        MockHttpSession session = signIn(user);

        accounts.signIn("admin");
        users.deactivate(user.getId());
        accounts.signOut();

        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void heartbeatsDoNotCountAsActivityButUserActionsDo() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("beat"), Role.CLINICIAN);
        MockHttpSession session = signIn(user);
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        session.setAttribute(SessionPolicyFilter.LAST_ACTIVITY, tenMinutesAgo);

        vaadinRequest(post("/?v-r=heartbeat&v-uiId=0").session(session));
        assertThat(session.getAttribute(SessionPolicyFilter.LAST_ACTIVITY)).isEqualTo(tenMinutesAgo);

        vaadinRequest(post("/?v-r=uidl&v-uiId=0").session(session).contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
        assertThat((Instant) session.getAttribute(SessionPolicyFilter.LAST_ACTIVITY)).isAfter(tenMinutesAgo);
    }

    @Test
    void aHeartbeatAfterTheIdleTimeEndsTheSessionAndTheNextPageAsksForSignIn() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("idle"), Role.CLINICIAN);
        MockHttpSession session = signIn(user);
        session.setAttribute(SessionPolicyFilter.LAST_ACTIVITY, Instant.now().minus(Duration.ofMinutes(16)));

        vaadinRequest(post("/?v-r=heartbeat&v-uiId=0").session(session));
        assertThat(session.isInvalid()).as("the heartbeat ended the idle session").isTrue();

        // The browser still sends the ended session's cookie with its next page load.
        String endedId = session.getId();
        mvc.perform(get("/leads").with(request -> {
            request.setRequestedSessionId(endedId);
            return request;
        })).andExpect(redirectedUrl("/login?timeout"));
    }

    @Test
    void aSessionEndsAfterItsLifetimeHoweverActiveItIs() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("life"), Role.CLINICIAN);
        MockHttpSession session = signIn(user);
        session.setAttribute(SessionPolicyFilter.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(11)));
        assertSignedIn(session);

        session.setAttribute(SessionPolicyFilter.SIGNED_IN_AT,
                Instant.now().minus(Duration.ofHours(12)).minusSeconds(5));
        session.setAttribute(SessionPolicyFilter.LAST_ACTIVITY, Instant.now());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?lifetime"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aUserListsTheirOwnSessionsAndEndsOneOfThem() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("two"), Role.CLINICIAN);
        MockHttpSession first = signIn(user);
        MockHttpSession second = signIn(user);

        accounts.signIn(user.getUsername());
        List<OpenSession> mine = sessions.mySessions();
        assertThat(mine).hasSize(2).allSatisfy(s -> {
            assertThat(s.signedInAt()).isNotNull();
            assertThat(s.lastActivity()).isNotNull();
            assertThat(s.clientAddress()).isNotBlank();
            assertThat(s.browser()).isNotBlank();
            assertThat(s.current()).isFalse();
        });
        String handle = mine.get(0).handle();

        UserAccount other = accounts.create(TestAccounts.uniqueName("other"), Role.CLINICIAN);
        accounts.signIn(other.getUsername());
        assertThat(sessions.mySessions()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.endMySession(handle))
                .isInstanceOf(NotFoundException.class);

        accounts.signIn(user.getUsername());
        assertThat(sessions.endMySession(handle)).isFalse();
        assertThat(sessions.mySessions()).as("the ended session is no longer listed").hasSize(1)
                .noneMatch(s -> s.handle().equals(handle));
        accounts.signOut();

        int ended = 0;
        for (MockHttpSession s : List.of(first, second)) {
            var response = mvc.perform(get(SIGNED_IN_PAGE).session(s)).andReturn().getResponse();
            if ("/login?closed".equals(response.getRedirectedUrl())) {
                ended++;
            } else {
                assertThat(response.getStatus()).as("the other session goes on").isEqualTo(200);
            }
        }
        assertThat(ended).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSION_ENDED' "
                + "and actor = ?", Long.class, user.getUsername())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("ownpw"), Role.CLINICIAN);
        MockHttpSession here = signIn(user);
        MockHttpSession elsewhere = signIn(user);

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            accounts.signIn(user.getUsername());
            users.changeOwnPassword(TestAccounts.PASSWORD, "violet-harbor-lantern-3");
        } finally {
            RequestContextHolder.resetRequestAttributes();
            accounts.signOut();
        }

        assertSignedIn(here);
        mvc.perform(get(SIGNED_IN_PAGE).session(elsewhere)).andExpect(redirectedUrl("/login?closed"));
    }

    @Test
    void aVaadinRequestOfAnEndedSessionIsToldToGoToTheSignInPage() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("uidl"), Role.CLINICIAN);
        MockHttpSession session = signIn(user);
        accounts.signIn("admin");
        users.deactivate(user.getId());
        accounts.signOut();

        String body = mvc.perform(post("/?v-r=uidl&v-uiId=0").session(session)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("appError", "/login?ended");
        assertThat(session.isInvalid()).isTrue();
    }

    /**
     * Sends a Vaadin request. MockMvc has no Vaadin servlet, so a request the filters let through ends in a
     * "no such servlet" error after them; these tests look only at what the filters did.
     */
    private void vaadinRequest(MockHttpServletRequestBuilder request) throws Exception {
        try {
            mvc.perform(request);
        } catch (ServletException noVaadinServletInMockMvc) {
            // expected: see above
        }
    }

    private MockHttpSession signIn(UserAccount user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user.getUsername())
                .password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/")).andReturn().getRequest()
                .getSession(false);
    }

    private void assertSignedIn(MockHttpSession session) throws Exception {
        // The API description is served by the UI chain to signed-in users (MockMvc has no Vaadin servlet).
        mvc.perform(get(SIGNED_IN_PAGE).session(session)).andExpect(status().isOk());
        assertThat(session.isInvalid()).isFalse();
    }

    private String auditDetails(String action, UserAccount user) {
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where action = ? and entity_id = ?",
                action, String.valueOf(user.getId()));
        return String.valueOf(row.get("details"));
    }
}
