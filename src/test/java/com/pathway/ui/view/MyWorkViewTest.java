package com.pathway.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The home page as My work, per role. */
class MyWorkViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private TaskView overdueCall() {
        signInAs("intake");
        LeadDetails lead = leads.create(Leads.form("Hollis", "Marsh", "(202) 555-0166", null));
        TaskView task = tasks.create(lead.key(), new NewTask("Call back", TaskType.CALL,
                Instant.now().plus(Duration.ofHours(1)), "intake"));
        jdbc.update("update task set due_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                task.id());
        signOut();
        return task;
    }

    @Test
    void aCoordinatorSeesTheOverdueCallAClickFromItsLeadAndNewLeadsWaiting() {
        TaskView task = overdueCall();
        open("intake", "");

        Div overdue = _get(Div.class, spec -> spec.withId("work-overdue"));
        // The tasks are sent as markup: a link to the lead (opened by the router, without a reload) and its buttons.
        org.jsoup.nodes.Element overdueRows = org.jsoup.Jsoup.parseBodyFragment(_get(overdue,
                com.pathway.tasks.ui.TaskRows.class).getElement().getProperty("innerHTML", "")).body();
        org.jsoup.nodes.Element call = overdueRows.selectFirst("li.task-row[data-task=" + task.id() + "]");
        assertThat(call.selectFirst("a.task-lead").attr("href")).isEqualTo("leads/" + task.leadKey());
        assertThat(call.selectFirst("a.task-lead").hasAttr("router-link")).isTrue();
        assertThat(call.selectFirst(".task-title").text()).isEqualTo("Call back");
        assertThat(call.selectFirst(".task-due").hasClass("task-overdue")).isTrue();
        assertThat(call.select("vaadin-button").eachText()).containsExactly("Complete", "Edit", "Cancel task");
        assertThat(Long.parseLong(_get(Span.class, spec -> spec.withId("count-overdue")).getText())).isPositive();
        assertThat(_find(Div.class, spec -> spec.withId("work-new-leads"))).hasSize(1);
        // The waiting leads are sent as markup: each a link to its lead, with its first-response target.
        org.jsoup.nodes.Element waiting = org.jsoup.Jsoup.parseBodyFragment(_get(Div.class,
                spec -> spec.withId("new-leads-list")).getElement().getProperty("innerHTML")).body();
        assertThat(waiting.select("li.task-row")).isNotEmpty().allSatisfy(row -> {
            org.jsoup.nodes.Element link = row.selectFirst("a.task-lead");
            String key = link.attr("href").substring("leads/".length());
            assertThat(link.text()).startsWith(key + " \u00b7 ");
            assertThat(row.select(".task-meta > span")).hasSize(2);
            assertThat(row.selectFirst(".task-meta").text()).contains("Arrived");
        });
        assertThat(_find(Div.class, spec -> spec.withId("team-work"))).as("managers only").isEmpty();
        assertThat(Long.parseLong(_get(Span.class, spec -> spec.withId("nav-work-count")).getText())).isPositive();
    }

    @Test
    void aManagerAlsoSeesEveryonesWork() {
        overdueCall();
        open("manager", "");

        assertThat(_find(Div.class, spec -> spec.withId("my-work"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<TaskView> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    void aClinicianSeesTheirWorkButNoNewLeadsToContact() {
        open("clinician", "");
        assertThat(_find(Div.class, spec -> spec.withId("my-work"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("work-new-leads"))).isEmpty();
    }

    @Test
    void anAdministratorSeesTheWelcomeWithoutMyWork() {
        open("admin", "");
        assertThat(_find(Div.class, spec -> spec.withId("my-work"))).isEmpty();
    }
}
