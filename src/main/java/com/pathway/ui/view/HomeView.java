package com.pathway.ui.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.pathway.security.MyAccount;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.shared.ClinicProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The first page after sign-in: who you are, what your roles let you do, and your account's recent facts. */
@Route("")
@PageTitle("Home · Pathway")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    public HomeView(UserService users, ClinicProperties clinic) {
        addClassName("pathway-page");
        MyAccount me = users.myAccount();
        ZoneId zone = clinic.timeZone();

        H2 greeting = new H2("Welcome, " + me.displayName());
        greeting.setId("home-greeting");
        Paragraph intro = new Paragraph("You are signed in to " + clinic.name() + " as " + me.username()
                + ". Times are shown in the clinic's time zone (" + zone.getId() + ").");

        Div roles = new Div();
        roles.addClassName("pathway-cards");
        for (Role role : me.roles()) {
            Div card = new Div(new H3(role.label()), new Paragraph(role.description()));
            card.addClassName("pathway-card");
            roles.add(card);
        }

        Div facts = new Div(
                fact("Previous sign-in", me.previousLoginAt() == null ? "None before this one"
                        : FORMAT.format(me.previousLoginAt().atZone(zone))),
                fact("Password last changed", FORMAT.format(me.passwordChangedAt().atZone(zone))),
                fact("Active API tokens", String.valueOf(me.activeApiTokens())));
        facts.addClassName("pathway-facts");

        add(greeting, intro, new H3("Your roles"), roles, new H3("Your account"), facts);
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("pathway-fact-label");
        Span v = new Span(value);
        v.addClassName("pathway-fact-value");
        Div fact = new Div(l, v);
        fact.addClassName("pathway-fact");
        return fact;
    }
}
