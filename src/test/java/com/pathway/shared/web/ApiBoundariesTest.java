package com.pathway.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * The edges of the API, through the real filter chains: the actuator can be read, never changed, and an
 * address nothing serves answers 404 problem+json (after authentication: 401 to an anonymous caller),
 * never the application's HTML page.
 */
@IntegrationTest
class ApiBoundariesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    @Test
    void anAdministratorReadsLogLevelsButCannotChangeThem() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));

        mvc.perform(get("/actuator/loggers/org.hibernate.orm.jdbc.bind").with(httpBasic("admin", admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.configuredLevel").doesNotExist());
        problem(mvc.perform(post("/actuator/loggers/org.hibernate.orm.jdbc.bind").with(httpBasic("admin", admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"configuredLevel\": \"TRACE\"}")), 403);
        problem(mvc.perform(delete("/actuator/loggers/org.hibernate.orm.jdbc.bind").with(httpBasic("admin", admin))),
                403);

        mvc.perform(get("/actuator/loggers/org.hibernate.orm.jdbc.bind").with(httpBasic("admin", admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.configuredLevel").doesNotExist());
    }

    @Test
    void anUnknownApiAddressAnswers404ProblemJsonToASignedInUser() throws Exception {
        UserAccount intake = accounts.create(TestAccounts.uniqueName("unknown"), Role.INTAKE_COORDINATOR);
        String token = accounts.token(intake);

        for (String path : List.of("/api/v1/nothing-here", "/api/v2/leads", "/api", "/api/v1/leads/PW-1/nope")) {
            problem(mvc.perform(get(path).with(httpBasic(intake.getUsername(), token))), 404)
                    .andExpect(jsonPath("$.detail").value("There is no API operation at this address."));
        }
        problem(mvc.perform(post("/api/v1/nothing-here").with(httpBasic(intake.getUsername(), token))
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 404);
    }

    @Test
    void anUnknownApiAddressAsksAnAnonymousCallerToSignInFirst() throws Exception {
        problem(mvc.perform(get("/api/v1/nothing-here")), 401);
        problem(mvc.perform(get("/actuator/nothing-here")), 401);
    }

    @Test
    void anUnknownActuatorAddressAnswers404ToAnAdministratorAnd403ToOthers() throws Exception {
        String admin = accounts.token(accounts.reload("admin"));
        UserAccount manager = accounts.create(TestAccounts.uniqueName("mgr"), Role.MANAGER);

        for (String path : List.of("/actuator/nothing-here", "/actuator/env", "/actuator/beans")) {
            problem(mvc.perform(get(path).with(httpBasic("admin", admin))), 404);
            problem(mvc.perform(get(path).with(httpBasic(manager.getUsername(), accounts.token(manager)))), 403);
        }
    }

    @Test
    void aKnownApiAddressWithAnotherMethodIsNotTakenForAnUnknownOne() throws Exception {
        UserAccount intake = accounts.create(TestAccounts.uniqueName("method"), Role.INTAKE_COORDINATOR);

        mvc.perform(delete("/api/v1/me").with(httpBasic(intake.getUsername(), accounts.token(intake))))
                .andExpect(status().isMethodNotAllowed());
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }
}
