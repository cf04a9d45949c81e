package com.pathway.security.ui;

import com.pathway.security.OpenSession;
import com.pathway.security.SessionService;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The signed-in user's open sessions (this server's), with an "End" button on each: a sign-in left open on
 * another computer can be ended from here. Ending this very session signs the user out.
 */
class SessionsPanel extends VerticalLayout {

    private final SessionService sessions;
    private final ClinicTime time;
    private final Runnable signOut;
    private final Grid<OpenSession> grid = new Grid<>(OpenSession.class, false);

    SessionsPanel(SessionService sessions, ClinicTime time, Runnable signOut) {
        this.sessions = sessions;
        this.time = time;
        this.signOut = signOut;
        addClassName("pathway-card");
        setPadding(false);

        grid.setId("sessions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::browser).setHeader("Browser").setKey("browser").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(OpenSession::clientAddress).setHeader("Address").setKey("address").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(s -> time.format(s.signedInAt())).setHeader("Signed in").setKey("signedIn")
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(s -> time.format(s.lastActivity())).setHeader("Last activity").setKey("lastActivity")
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::endButton).setHeader("").setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No open session is known on this server.");
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        add(ProfileView.hint("Where you are signed in now. End a session you no longer use, such as one left "
                + "open on a shared computer; ending this session signs you out."), grid);
        refresh();
    }

    private Component browser(OpenSession session) {
        Span name = new Span(session.browser());
        if (!session.current()) {
            return name;
        }
        Span badge = new Span("This session");
        badge.getElement().getThemeList().add("badge pill small success");
        badge.addClassName("pathway-current-session");
        HorizontalLayout cell = new HorizontalLayout(name, badge);
        cell.setSpacing(true);
        cell.setPadding(false);
        return cell;
    }

    private Component endButton(OpenSession session) {
        Button end = new Button(session.current() ? "Sign out" : "End", e -> end(session));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        end.addClassName("end-session");
        return end;
    }

    private void end(OpenSession session) {
        try {
            if (sessions.endMySession(session.handle())) {
                signOut.run();
                return;
            }
            Notifications.success("Session ended. Its next request goes to the sign-in page.");
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    void refresh() {
        grid.setItems(sessions.mySessions());
    }
}
