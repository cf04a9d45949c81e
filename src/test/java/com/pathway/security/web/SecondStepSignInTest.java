package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.security.MfaProperties;
import com.pathway.security.Role;
import com.pathway.security.internal.RecoveryCode;
import com.pathway.security.internal.RecoveryCodeRepository;
import com.pathway.security.internal.SecondStepPolicy;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.internal.Totp;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * After the password, a user with two-factor sign-in reaches nothing but the second step, a plain HTML form at
 * {@code /two-factor}; each way a code can be given (right, wrong, expired, used before, a recovery code, blank,
 * throttled, on a locked account, without its form's CSRF token, with no second step due) gets its answer. API
 * tokens are unaffected.
 */
@IntegrationTest
class SecondStepSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    RecoveryCodeRepository recoveryCodes;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Test
    void aPasswordAloneOpensOnlyTheSecondStep() throws Exception {
        UserAccount user = enrolled("pending");
        MockHttpSession session = signIn(user);
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);

        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/two-factor"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/two-factor"));
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(redirectedUrl("/two-factor"));

        SecondStepSession.complete(session);
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
    }

    @Test
    void theCodePageIsAPlainFormWithItsTokenAndALabelledField() throws Exception {
        MockHttpSession session = signIn(enrolled("form"));

        mvc.perform(get("/two-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("<label for=\"two-factor-code\">Code</label>")))
                .andExpect(content().string(Matchers.containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(Matchers.containsString("inputmode=\"numeric\"")))
                .andExpect(content().string(Matchers.containsString("autofocus")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*<form id=\"two-factor-form\"[^>]*method=\"post\" action=\"/two-factor\">\\s*"
                                + "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">.*")))
                .andExpect(content().string(Matchers.containsString("action=\"/logout\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/styles/sign-in.css\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("role=\"alert\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script"))))
                // not a Vaadin page: no eval, no inline code, nothing from elsewhere
                .andExpect(header().string("Content-Security-Policy",
                        SecurityConfiguration.PLAIN_PAGE_CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("default-src 'none'"),
                        Matchers.not(Matchers.containsString("unsafe")))));
        mvc.perform(get("/two-factor").param("recovery", "").session(session))
                .andExpect(content().string(Matchers.containsString(">Recovery code</label>")))
                .andExpect(content().string(Matchers.containsString("name=\"recovery\" value=\"true\"")));
    }

    @Test
    void theRightCodeFinishesTheSignInWithANewSessionIdOnThePageAskedFor() throws Exception {
        UserAccount user = enrolled("right");
        MockHttpSession session = signIn(user);
        mvc.perform(get("/leads").queryParam("stage", "new").session(session)).andExpect(redirectedUrl("/two-factor"));
        String before = session.getId();

        mvc.perform(code(session, nextCode(user))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/leads?stage=new"));

        assertThat(SecondStepSession.pending(session)).isEmpty();
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
        mvc.perform(get("/two-factor").session(session)).andExpect(redirectedUrl("/"));
    }

    @Test
    void withoutAPageAskedForTheFinishedSignInOpensHome() throws Exception {
        UserAccount user = enrolled("home");
        MockHttpSession session = signIn(user);

        mvc.perform(code(session, nextCode(user))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void aWrongCodeIsExplainedInTheFormAndTheStepStaysDue() throws Exception {
        MockHttpSession session = signIn(enrolled("wrong"));

        mvc.perform(code(session, "000000x")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("role=\"alert\"")))
                .andExpect(content().string(Matchers.containsString("That code did not work.")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);
        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/two-factor"));
    }

    @Test
    void aCodeOfAnEarlierMinuteHasExpired() throws Exception {
        UserAccount user = enrolled("expired");
        MockHttpSession session = signIn(user);
        String old = Totp.code(secretOf(user), Totp.step(clock.instant().minus(Duration.ofMinutes(3))));

        mvc.perform(code(session, old)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("That code did not work.")));
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);
    }

    @Test
    void aCodeIsAcceptedOnce() throws Exception {
        UserAccount user = enrolled("reused");
        // The set-up took the current step's code: the same code again is refused.
        String used = Totp.code(secretOf(user), Totp.step(clock.instant()));
        MockHttpSession session = signIn(user);

        String next = nextCode(user);

        mvc.perform(code(session, used)).andExpect(status().isUnprocessableContent());
        mvc.perform(code(session, next)).andExpect(status().isSeeOther());
        MockHttpSession again = signIn(user);
        mvc.perform(code(again, next)).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        UserAccount user = enrolled("recovery");
        recoveryCodes.save(new RecoveryCode(user.getId(), encoder.encode("abcde23456")));
        MockHttpSession session = signIn(user);

        mvc.perform(code(session, "ABCDE-23456").param("recovery", "true")).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/"));
        MockHttpSession again = signIn(user);
        mvc.perform(code(again, "abcde-23456").param("recovery", "true")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString(">Recovery code</label>")));
    }

    @Test
    void aBlankCodeIsAskedForAgainWithoutCountingAsAnAttempt() throws Exception {
        UserAccount user = enrolled("blank");
        MockHttpSession session = signIn(user);

        mvc.perform(code(session, "  ")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Enter a code.")));
        assertThat(accounts.reload(user.getUsername()).getFailedLoginCount()).isZero();
    }

    @Test
    void anAddressThatFailedTooOftenIsToldToWait() throws Exception {
        UserAccount user = enrolled("throttled");
        MockHttpSession session = signIn(user);
        String address = "198.51.100." + (1 + Math.floorMod(user.getUsername().hashCode(), 250));

        for (int i = 0; i < 5; i++) {
            mvc.perform(from(address, code(session, "000000"))).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(from(address, code(session, nextCode(user)))).andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("Too many attempts.")));
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);
    }

    @Test
    void aLockedAccountIsSignedOutWithTheWordsOfAFailedSignIn() throws Exception {
        UserAccount user = enrolled("locked");
        MockHttpSession session = signIn(user);
        tx.executeWithoutResult(s -> users.findByUsername(user.getUsername()).orElseThrow()
                .recordFailedLogin(clock.instant(), 1, Duration.ofMinutes(15)));

        mvc.perform(code(session, nextCode(user))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/login?error"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aCodeWithoutItsFormsTokenIsNotCheckedAndTheFormSaysWhy() throws Exception {
        UserAccount user = enrolled("csrf");
        MockHttpSession session = signIn(user);

        mvc.perform(post("/two-factor").param("code", nextCode(user)).session(session))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/two-factor?expired"));
        mvc.perform(post("/two-factor").param("code", nextCode(user)).with(csrf().useInvalidToken()).session(session))
                .andExpect(header().string("Location", "/two-factor?expired"));
        mvc.perform(get("/two-factor").param("expired", "").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The page had expired, so the code was not checked.")));
        assertThat(SecondStepSession.pending(session)).contains(SecondStep.CODE);
        mvc.perform(code(session, nextCode(user))).andExpect(status().isSeeOther());
    }

    @Test
    void withNoSecondStepDueThePageSendsHomeOrToSignIn() throws Exception {
        UserAccount plain = accounts.create(TestAccounts.uniqueName("done"), Role.CLINICIAN);
        MockHttpSession session = signIn(plain);

        mvc.perform(get("/two-factor").session(session)).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/"));
        mvc.perform(post("/two-factor").param("code", "123456").with(csrf()).session(session))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/"));
        mvc.perform(get("/two-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/two-factor").param("code", "123456").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSessionThatMustSetUpItsSecondStepIsSentToTheSetUp() throws Exception {
        UserAccount user = accounts.create(TestAccounts.uniqueName("enrol"), Role.CLINICIAN);
        MockHttpSession session = signIn(user);
        SecondStepSession.require(session, SecondStep.ENROL);

        mvc.perform(get("/leads").session(session)).andExpect(redirectedUrl("/two-factor/set-up"));
        mvc.perform(get("/two-factor").session(session)).andExpect(header().string("Location", "/two-factor/set-up"));
        mvc.perform(code(session, "123456")).andExpect(header().string("Location", "/two-factor/set-up"));
    }

    @Test
    void finishingTheSetUpAtSignInAlsoGivesTheSessionANewId() throws Exception {
        // The set-up page is a Vaadin view; it finishes through the same call as the code's form.
        MockHttpSession session = signIn(accounts.create(TestAccounts.uniqueName("setup"), Role.CLINICIAN));
        SecondStepSession.require(session, SecondStep.ENROL);
        String before = session.getId();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);

        SecondStepSession.complete(request);

        assertThat(SecondStepSession.pending(session)).isEmpty();
        assertThat(session.getId()).isNotEqualTo(before);
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
    void onlyAddressesOfThisApplicationAreRememberedAsTheTarget() {
        assertThat(SecondStepSession.isLocalPath("/leads?stage=new")).isTrue();
        assertThat(SecondStepSession.isLocalPath("//evil.example/")).isFalse();
        assertThat(SecondStepSession.isLocalPath("/\\evil.example/")).isFalse();
        assertThat(SecondStepSession.isLocalPath("https://evil.example/")).isFalse();
        assertThat(SecondStepSession.isLocalPath("/leads\r\nSet-Cookie: x")).isFalse();
    }

    @Test
    void apiTokensNeedNoSecondStep() throws Exception {
        UserAccount user = enrolled("token");
        String token = accounts.token(user);
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), token))).andExpect(status().isOk());
    }

    private MockHttpSession signIn(UserAccount user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static MockHttpServletRequestBuilder code(MockHttpSession session, String code) {
        return post("/two-factor").param("code", code).with(csrf()).session(session);
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    /** The app's code of the next 30 seconds: accepted now (one step of clock difference), and not used yet. */
    private String nextCode(UserAccount user) {
        return Totp.code(secretOf(user), Totp.step(clock.instant()) + 1);
    }

    private String secretOf(UserAccount user) {
        return tx.execute(s -> users.findByUsername(user.getUsername()).orElseThrow().getMfaSecret());
    }

    private UserAccount enrolled(String prefix) {
        UserAccount user = accounts.create(TestAccounts.uniqueName(prefix), Role.CLINICIAN);
        tx.executeWithoutResult(s -> users.findByUsername(user.getUsername()).orElseThrow()
                .enableTwoFactor(Totp.newSecret(), Totp.step(clock.instant()), clock.instant()));
        return user;
    }
}
