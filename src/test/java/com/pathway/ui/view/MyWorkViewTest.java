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
import com.vaadin.flow.component.sidenav.SideNav;

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
        assertThat(Long.parseLong(navigation().getElementById("nav-work-count").text())).isPositive();
    }

    /** The side navigation as the browser receives it: markup in one element. */
    private static org.jsoup.nodes.Element navigation() {
        return org.jsoup.Jsoup.parseBodyFragment(_get(SideNav.class, spec -> spec.withId("main-nav")).getElement()
                .getProperty("innerHTML", "")).body();
    }

    /** Home's count in the navigation, 0 when it shows none. */
    private static long homeCount() {
        org.jsoup.nodes.Element badge = navigation().getElementById("nav-work-count");
        return badge == null ? 0 : Long.parseLong(badge.text());
    }

    @Test
    void theNavigationIsMarkupWithTheRolesViewsAndHomesCountFollowsTheWorkFromPageToPage() {
        signInAs("intake");
        LeadDetails lead = leads.create(Leads.form("Ilse", "Navarro", "(202) 555-0177", null));
        open("intake", "");

        org.jsoup.nodes.Element nav = navigation();
        assertThat(nav.select("vaadin-side-nav-item")).extracting(i -> i.attr("path"))
                .contains("", "board", "leads", "profile").doesNotContain("users", "dashboard", "audit");
        assertThat(nav.selectFirst("vaadin-side-nav-item[path=leads]").text()).isEqualTo("Leads");
        assertThat(nav.selectFirst("vaadin-side-nav-item[path=leads] > vaadin-icon").attr("slot")).isEqualTo("prefix");
        // one element on the server: the items are not components
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getElement().getChildCount()).isZero();
        long before = homeCount();

        // an overdue call counts from the next page the user opens
        TaskView due = tasks.create(lead.key(), new NewTask("Call back", TaskType.CALL,
                Instant.now().plus(Duration.ofHours(1)), "intake"));
        jdbc.update("update task set due_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                due.id());
        navigate("leads");
        org.jsoup.nodes.Element badge = navigation().getElementById("nav-work-count");
        assertThat(Long.parseLong(badge.text())).isEqualTo(before + 1);
        assertThat(badge.attr("slot")).isEqualTo("suffix");
        assertThat(badge.attr("title")).matches("\\d+ overdue, \\d+ due today, \\d+ unread notices")
                .doesNotStartWith("0 ");
        assertThat(badge.hasClass("pathway-nav-count-overdue")).isTrue();
        assertThat(badge.parent().attr("path")).isEmpty();

        tasks.complete(due.id(), new com.pathway.tasks.TaskCompletion(tasks.get(due.id()).version(), null, null));
        navigate("board");
        assertThat(homeCount()).isEqualTo(before);
    }

    @Test
    void theAccountFactsAreMarkupUnderMyWorkAndAloneForAnAdministrator() {
        open("intake", "");
        org.jsoup.nodes.Element account = org.jsoup.Jsoup.parseBodyFragment(_get(Div.class,
                spec -> spec.withId("home-account-facts")).getElement().getProperty("innerHTML", "")).body();
        assertThat(account.select("h3").eachText()).containsExactly("Your roles", "Intake coordinator",
                "Your account");
        assertThat(account.select(".pathway-fact-label").eachText())
                .containsExactly("Previous sign-in", "Password last changed", "Active API tokens");
        assertThat(account.select(".pathway-fact-value").eachText()).hasSize(3).doesNotContain("");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("home-account"))
                .getContent()).anyMatch(c -> c.getId().orElse("").equals("home-account-facts"));

        open("admin", "");
        assertThat(_find(com.vaadin.flow.component.details.Details.class)).isEmpty();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(_get(Div.class, spec -> spec.withId("home-account-facts"))
                .getElement().getProperty("innerHTML", "")).select(".pathway-card h3").eachText())
                .contains("Administrator");
    }

    @Test
    void aManagerSeesTheirOwnViewsInTheNavigation() {
        open("manager", "");
        assertThat(navigation().select("vaadin-side-nav-item")).extracting(i -> i.attr("path"))
                .contains("", "leads", "dashboard");
    }

    private static void navigate(String route) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
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
