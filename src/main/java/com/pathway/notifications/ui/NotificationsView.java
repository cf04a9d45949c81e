package com.pathway.notifications.ui;

import jakarta.annotation.security.PermitAll;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import com.pathway.notifications.NotificationService;
import com.pathway.notifications.NotificationView;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The signed-in user's notifications, newest first, a page at a time. Opening one marks it read and
 * goes to what it is about; "Mark all read" clears the bell. Every signed-in user has their own.
 */
@Route("notifications")
@PageTitle("Notifications · Pathway")
@PermitAll
@StyleSheet("context://styles/notes.css")
public class NotificationsView extends VerticalLayout {

    static final int PAGE = 25;

    private final NotificationService notifications;
    private final ClinicTime time;
    private final Div list = new Div();
    private final Button older = new Button("Show older", e -> more());
    private int shown = PAGE;

    public NotificationsView(NotificationService notifications, ClinicTime time) {
        this.notifications = notifications;
        this.time = time;
        addClassName("pathway-view");
        Button markAll = new Button("Mark all read", e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        list.setId("notifications-list");
        list.addClassName("notifications-list");
        older.setId("notifications-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Notifications"), markAll, list, older);
        refresh();
    }

    private void refresh() {
        Slice<NotificationView> page = notifications.mine(PageRequest.of(0, shown));
        list.removeAll();
        page.getContent().forEach(n -> list.add(item(n)));
        if (page.isEmpty()) {
            list.add(new Paragraph("Nothing yet. When a colleague mentions you, it shows here."));
        }
        older.setVisible(page.hasNext());
    }

    private void more() {
        shown += PAGE;
        refresh();
    }

    private Div item(NotificationView n) {
        Span text = new Span(n.text());
        text.addClassName("notification-text");
        Span when = new Span(time.format(n.createdAt()));
        when.addClassName("notification-when");
        Div item = new Div(text, when);
        item.setId("notification-" + n.id());
        item.addClassNames("notification", n.unread() ? "notification-unread" : "notification-read");
        if (n.link() != null) {
            Button open = new Button("Open", e -> {
                notifications.markRead(n.id());
                UI.getCurrent().navigate(n.link());
            });
            open.setId("notification-open-" + n.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(open);
        }
        return item;
    }
}
