package com.pathway.ui.view;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.jsoup.nodes.Element;

import com.pathway.clinic.CalendarFeedService;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.ui.CalendarFeedDialog;
import com.pathway.security.CurrentUser;
import com.pathway.security.MyAccount;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ui.Markup;
import com.pathway.tasks.Notices;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskAction;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.ui.TeamWorkPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The first page after sign-in. For coordinators, clinicians and managers it is My work: their open
 * tasks by due time and new leads waiting for first contact; managers also see everyone's work and
 * reassign it. Below, and for everyone else on its own: who you are, your roles and account facts.
 */
@Route("")
@PageTitle("Home · Pathway")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
@StyleSheet("context://styles/tasks.css")
public class HomeView extends VerticalLayout {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    public HomeView(UserService users, ClinicProperties clinic, CurrentUser currentUser, TaskService tasks,
            TaskPermissions taskPermissions, LeadService leads, LeadPermissions leadPermissions, Notices notices,
            ServiceLevels levels, CalendarFeedService feeds, Clock clock) {
        addClassName("pathway-page");
        MyAccount me = users.myAccount();
        ZoneId zone = clinic.timeZone();
        boolean works = taskPermissions.may(TaskAction.VIEW);

        H2 greeting = new H2("Welcome, " + me.displayName());
        greeting.setId("home-greeting");
        Paragraph intro = new Paragraph("You are signed in to " + clinic.name() + " as " + me.username()
                + ". Times are shown in the clinic's time zone (" + zone.getId() + ").");
        add(greeting, intro);
        if (works) {
            H3 title = new H3("My work");
            title.setId("my-work-title");
            Button calendar = new Button("Calendar feed…", VaadinIcon.CALENDAR.create(),
                    e -> new CalendarFeedDialog(feeds, zone).open());
            calendar.setId("calendar-feed");
            calendar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout head = new HorizontalLayout(title, calendar);
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(head);
            add(new MyWorkBoard(tasks, taskPermissions, leads, leadPermissions, notices, levels, currentUser, clock));
            if (taskPermissions.may(TaskAction.MANAGE_TEAM)) {
                add(new H3("Everyone's work"), new TeamWorkPanel(tasks, levels.hours(), clock));
            }
        }

        // Read-only: sent as markup, one element for as long as the page is open.
        Element text = Markup.block();
        text.appendElement("h3").text("Your roles");
        Element roles = text.appendElement("div").addClass("pathway-cards");
        for (Role role : me.roles()) {
            Element card = roles.appendElement("div").addClass("pathway-card");
            card.appendElement("h3").text(role.label());
            card.appendElement("p").text(role.description());
        }
        text.appendElement("h3").text("Your account");
        Element facts = text.appendElement("div").addClass("pathway-facts").id("home-facts");
        fact(facts, "Previous sign-in", me.previousLoginAt() == null ? "None before this one"
                : FORMAT.format(me.previousLoginAt().atZone(zone)));
        fact(facts, "Password last changed", FORMAT.format(me.passwordChangedAt().atZone(zone)));
        fact(facts, "Active API tokens", String.valueOf(me.activeApiTokens()));
        Div account = new Div();
        account.setId("home-account-facts");
        Markup.show(account, text);
        if (works) {
            Details details = new Details("Your roles and account", account);
            details.setId("home-account");
            add(details);
        } else {
            add(account);
        }
    }

    private static void fact(Element facts, String label, String value) {
        Element fact = facts.appendElement("div").addClass("pathway-fact");
        fact.appendElement("span").addClass("pathway-fact-label").text(label);
        fact.appendElement("span").addClass("pathway-fact-value").text(value);
    }
}
