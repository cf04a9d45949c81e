package com.pathway.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditService;
import com.pathway.security.ApiTokenService;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Every API operation that pages refuses a page past the bound, a bad page and a bad size with 422
 * problem+json naming the parameter (never a 500), and so do the services the views page through.
 */
@IntegrationTest
class PagingParametersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    ApiTokenService tokens;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aPageFarPastTheBoundAnswers422NamingPageOnEveryPagedOperation() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));
        UserAccount intake = accounts.create(TestAccounts.uniqueName("pager"), Role.INTAKE_COORDINATOR);
        String token = accounts.token(intake);

        invalid(mvc.perform(get("/api/v1/leads?page=99999999").with(httpBasic(intake.getUsername(), token))), "page");
        invalid(mvc.perform(get("/api/v1/items?page=99999999").with(httpBasic(intake.getUsername(), token))), "page");
        invalid(mvc.perform(get("/api/v1/items/PW-1/history?page=99999999")
                .with(httpBasic(intake.getUsername(), token))), "page");
        invalid(mvc.perform(get("/api/v1/items/PW-1/changelog?page=99999999")
                .with(httpBasic(intake.getUsername(), token))), "page");
        invalid(mvc.perform(get("/api/v1/users?page=99999999").with(httpBasic("admin", admin))), "page")
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Use a page of at most 200,000 with a size of 50")));
    }

    @Test
    void aPageThatIsNotANumberOrTooLongForOneAnswers422NamingPage() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));

        invalid(mvc.perform(get("/api/v1/users?page=abc").with(httpBasic("admin", admin))), "page");
        invalid(mvc.perform(get("/api/v1/users?page=123456789012345678901234").with(httpBasic("admin", admin))), "page");
        invalid(mvc.perform(get("/api/v1/users?page=-1").with(httpBasic("admin", admin))), "page")
                .andExpect(jsonPath("$.errors[0].message").value("Use a page of 0 or more."));
    }

    @Test
    void aTooLargeSizeAnswers422NamingSize() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));
        UserAccount intake = accounts.create(TestAccounts.uniqueName("sizer"), Role.INTAKE_COORDINATOR);

        invalid(mvc.perform(get("/api/v1/users?size=201").with(httpBasic("admin", admin))), "size")
                .andExpect(jsonPath("$.errors[0].message").value("Use a size between 1 and 200."));
        invalid(mvc.perform(get("/api/v1/leads?size=0")
                .with(httpBasic(intake.getUsername(), accounts.token(intake)))), "size");
    }

    @Test
    void theLastPageWithinTheBoundIsStillServed() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));

        mvc.perform(get("/api/v1/users?page=50000&size=200").with(httpBasic("admin", admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void servicesThatViewsPageThroughRefuseAnAbsurdOffset() {
        accounts.signIn("admin");

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> users.findUsers("", PageRequest.of(99_999_999, 50))).fieldErrors()).containsOnlyKeys("page");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> audit.search(AuditFilter.none(), PageRequest.of(99_999_999, 50))).fieldErrors())
                .containsOnlyKeys("page");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> tokens.myTokens(PageRequest.of(Integer.MAX_VALUE, 1))).fieldErrors()).containsOnlyKeys("page");
        assertThat(users.findUsers("", PageRequest.of(0, 50))).isNotEmpty();
    }

    private static ResultActions invalid(ResultActions result, String field) throws Exception {
        return result.andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
