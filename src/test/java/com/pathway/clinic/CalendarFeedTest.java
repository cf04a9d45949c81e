package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.pathway.shared.ClinicProperties;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * A person's calendar feed: read without a sign-in through its secret address, as its owner (their
 * tasks, their consultations on leads they may read), with nothing but kinds, keys and links; an
 * address made anew, revoked, malformed or of a deactivated owner answers 404; every read is audited.
 */
@WorkflowTest
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    LeadService leads;

    @Autowired
    TaskService tasks;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClinicProperties clinic;

    @AfterEach
    void cleanUp() {
        jdbc.update("update app_user set active = true where username in ('intake', 'clinician')");
        SignedIn.out();
    }

    private String read(String secret) throws Exception {
        return mvc.perform(get("/api/v1/calendar/" + secret + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
    }

    private void notFound(String secret) throws Exception {
        mvc.perform(get("/api/v1/calendar/" + secret + ".ics")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aCoordinatorsFeedHoldsTheirTasksWithKindKeyAndLinkButNoNameAndIsAudited() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(Leads.form("Odile", "Feedwright", "+12025550181", null));
        tasks.create(lead.key(), new NewTask("Call Odile about her referral", TaskType.CALL,
                Instant.now().plus(Duration.ofDays(2)), "intake"));
        String secret = feeds.create();
        assertThat(feeds.status().active()).isTrue();
        SignedIn.out();

        String ics = read(secret);

        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Call · " + lead.key(),
                "/leads/" + lead.key()).doesNotContain("Odile", "Feedwright", "referral");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CALENDAR_FEED_READ' "
                + "and actor = 'intake' and details like ?", Integer.class, "%" + lead.key() + "%")).isPositive();
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThat(feeds.status().lastUsedAt()).isNotNull();
    }

    @Test
    void aNewAddressEndsTheOldOneAndARevokedOrMalformedOrUnknownAddressIsNotFound() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String first = feeds.create();
        String second = feeds.create();
        SignedIn.out();
        notFound(first);
        read(second);
        notFound("not-a-secret");
        notFound("A".repeat(43));
        notFound("x".repeat(44));

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        feeds.revoke();
        assertThat(feeds.status().active()).isFalse();
        SignedIn.out();
        notFound(second);
    }

    @Test
    void theFeedOfADeactivatedOwnerIsNotFound() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String secret = feeds.create();
        SignedIn.out();
        jdbc.update("update app_user set active = false where username = 'intake'");

        notFound(secret);
    }

    @Test
    void aCliniciansFeedHoldsTheConsultationsTheyHoldOnLeadsTheyMayRead() throws Exception {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails theirs = leads.create(Leads.withClinician(Leads.form("Pia", "Calendrier", "+12025550182", null),
                "clinician"));
        LeadDetails notTheirs = leads.create(Leads.form("Quinn", "Calendrier", "+12025550183", null));
        LocalDateTime nextWeek = LocalDateTime.now(clinic.timeZone()).plusDays(7).truncatedTo(ChronoUnit.DAYS)
                .withHour(10);
        for (LeadDetails lead : new LeadDetails[] {theirs, notTheirs}) {
            workflow.transition(lead.key(), TransitionRequest.of("Contact"));
            workflow.transition(lead.key(), new TransitionRequest("Schedule consultation", Map.of("appointmentAt",
                    nextWeek.toString(), "appointmentClinician", "clinician", "appointmentMode", "Telehealth"), null,
                    null));
        }
        SignedIn.as("clinician", "CLINICIAN");
        String secret = feeds.create();
        SignedIn.out();

        String ics = read(secret);

        assertThat(ics).contains("SUMMARY:Consultation (Telehealth) · " + theirs.key())
                .doesNotContain(notTheirs.key(), "Calendrier");
    }
}
