package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** The sign-in form, lockout, CSRF, security headers and the actuator, through the real filter chains. */
@IntegrationTest
class FormLoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInSucceedsAndIsAudited() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("login"), Role.CLINICIAN);

        mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        assertThat(actions(user.getUsername())).containsExactly("LOGIN_SUCCESS");
        assertThat(accounts.reload(user.getUsername()).getLastLoginAt()).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("wrong"), Role.CLINICIAN);

        mvc.perform(formLogin("/login").user(user.getUsername()).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(actions(user.getUsername())).containsExactly("LOGIN_FAILURE");
        assertThat(accounts.reload(user.getUsername()).getFailedLoginCount()).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("lockme"), Role.CLINICIAN);
        Instant before = Instant.now();
        // Each address counts once towards the lockout (SignInThrottleTest): five come from five addresses.
        for (int i = 0; i < 5; i++) {
            mvc.perform(SignInThrottleTest.signIn(user.getUsername(), "wrong-" + i, "203.0.113." + (100 + i)))
                    .andExpect(redirectedUrl("/login?error"));
        }

        Instant lockedUntil = accounts.reload(user.getUsername()).getLockedUntil();
        assertThat(lockedUntil).isBetween(before.plus(Duration.ofMinutes(15)),
                Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(actions(user.getUsername())).containsExactly("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
                "LOGIN_FAILURE", "LOGIN_FAILURE", "ACCOUNT_LOCKED");

        MvcResult locked = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        // refused as locked (the sign-in page shows the same words as for a wrong password)
        assertThat(locked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
        assertThat(jdbc.queryForObject("select details from audit_entry where actor = ? order by id desc limit 1",
                String.class, user.getUsername())).contains("account locked");
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("logout"), Role.MANAGER);
        MvcResult signedIn = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(actions(user.getUsername())).containsExactly("LOGIN_SUCCESS", "LOGOUT");
        assertThat(jdbc.queryForObject("select outcome from audit_entry where actor = ? and action = 'LOGOUT'",
                String.class, user.getUsername())).isEqualTo("SUCCESS");
    }

    @Test
    void uiPostsNeedACsrfToken() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("csrf"), Role.CLINICIAN);
        MvcResult signedIn = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());

        assertThat(actions(user.getUsername())).doesNotContain("LOGOUT");
    }

    /** The sign-in form's POST needs the page's CSRF token too (the login form sends it from the page). */
    @Test
    void theSignInPostNeedsTheCsrfToken() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("nocsrf"), Role.CLINICIAN);

        mvc.perform(post("/login").param("username", user.getUsername()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(actions(user.getUsername())).doesNotContain("LOGIN_SUCCESS");

        mvc.perform(post("/login").with(csrf())
                        .param("username", user.getUsername()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        // an anonymous visit to a page is sent to the sign-in page; the headers come from the UI chain
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("camera=()"),
                        org.hamcrest.Matchers.containsString("geolocation=()"))))
                .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("connect-src 'self';"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("ws:")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("wss:")))))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    /**
     * Only Vaadin's pages need inline code, and no page may run code built from text ({@code eval}): the API's
     * answers, signed in or not, allow nothing to load or run at all.
     */
    @Test
    void apiAnswersAllowNoScriptAtAll() throws Exception {
        UserAccount manager = accounts.create(TestAccounts.uniqueName("csp"), Role.MANAGER);
        String token = accounts.token(manager);
        for (var request : List.of(get("/api/v1/me"), get("/api/v1/me").with(httpBasic(manager.getUsername(), token)),
                get("/actuator/health"))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy",
                            SecurityConfiguration.API_CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.startsWith("default-src 'none'"),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        // the Vaadin pages keep the inline code of Vaadin's bootstrap, and no eval (their functions are listed ahead)
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline';"),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-eval")))));
    }

    /** The way back, should a page ever need a function not listed: {@code pathway.security.allow-eval=true}. */
    @Test
    void evalIsAllowedOnVaadinsPagesOnlyWhenTheSettingSaysSo() {
        org.assertj.core.api.Assertions.assertThat(SecurityConfiguration.pagePolicy(true))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY.replace("script-src 'self' 'unsafe-inline';",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval';"));
        org.assertj.core.api.Assertions.assertThat(SecurityConfiguration.pagePolicy(false))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("eval");
    }

    @Test
    void hstsIsSentOnlyOverHttps() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/api/v1/me").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=31536000")));
    }

    @Test
    void healthAnswersAnyoneWithItsStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void otherActuatorEndpointsNeedAnAdministrator() throws Exception {
        UserAccount manager = accounts.create(TestAccounts.uniqueName("mgr"), Role.MANAGER);
        String managerToken = accounts.token(manager);
        String adminToken = accounts.token(accounts.reload("admin"));

        for (String path : List.of("/actuator/info", "/actuator/metrics", "/actuator/flyway", "/actuator/loggers",
                "/actuator/env", "/actuator/beans")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path).with(httpBasic(manager.getUsername(), managerToken)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path).with(httpBasic("admin", TestAccounts.PASSWORD))).andExpect(status().isUnauthorized());
        }
        for (String path : List.of("/actuator/info", "/actuator/metrics", "/actuator/flyway")) {
            mvc.perform(get(path).with(httpBasic("admin", adminToken))).andExpect(status().isOk());
        }
    }

    @Test
    void healthDetailsStayHiddenEvenFromAnAdministrator() throws Exception {
        String adminToken = accounts.token(accounts.reload("admin"));
        mvc.perform(get("/actuator/health").with(httpBasic("admin", adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("twice"), Role.CLINICIAN);

        List<String> landedOn = inParallel(6, () -> mvc.perform(formLogin("/login").user(user.getUsername())
                .password(TestAccounts.PASSWORD)).andReturn().getResponse().getRedirectedUrl());

        assertThat(landedOn).containsOnly("/");
        assertThat(actions(user.getUsername())).hasSize(6).containsOnly("LOGIN_SUCCESS");
    }

    @Test
    void simultaneousWrongPasswordsAreEachCountedAndLockTheAccount() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("burst"), Role.CLINICIAN);

        java.util.concurrent.atomic.AtomicInteger address = new java.util.concurrent.atomic.AtomicInteger(10);
        List<String> landedOn = inParallel(5, () -> mvc.perform(SignInThrottleTest.signIn(user.getUsername(), "not-the-password-at-all", "198.51.100." + address.incrementAndGet()))
                .andReturn().getResponse().getRedirectedUrl());

        assertThat(landedOn).allMatch(url -> url.startsWith("/login?error"));
        assertThat(actions(user.getUsername())).filteredOn("LOGIN_FAILURE"::equals).hasSize(5);
        assertThat(actions(user.getUsername())).contains("ACCOUNT_LOCKED");
        assertThat(accounts.reload(user.getUsername()).getLockedUntil()).isNotNull();
    }

    /** Runs the call from {@code threads} threads released at the same moment; their answers in order. */
    private static List<String> inParallel(int threads, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> actions(String actor) {
        return jdbc.queryForList("select action from audit_entry where actor = ? order by id", String.class, actor);
    }
}
