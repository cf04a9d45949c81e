package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.pathway.workflow.WorkflowTest;

/** Two inquiries per address per hour: the third is refused with Retry-After; other addresses go on. */
@WorkflowTest
@TestPropertySource(properties = {"pathway.inquiries.requests-per-address=2", "pathway.inquiries.period=1h"})
class InquiryRateLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions postFrom(String address) throws Exception {
        return mvc.perform(post("/api/v1/inquiries").contentType(MediaType.APPLICATION_JSON)
                .content(InquiryApiTest.VALID).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }));
    }

    @Test
    void answers429WithRetryAfterWhenOneAddressSendsTooMany() throws Exception {
        postFrom("192.0.2.10").andExpect(status().isCreated());
        postFrom("192.0.2.10").andExpect(status().isCreated());
        long leads = jdbc.queryForObject("select count(*) from lead", Long.class);

        String retryAfter = postFrom("192.0.2.10").andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getHeader("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).isEqualTo(leads);
        postFrom("192.0.2.11").andExpect(status().isCreated());
    }
}
