package com.pathway.notifications.ui;

import com.pathway.notifications.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/**
 * The bell in the app's header: the signed-in user's unread count (from the database, after every
 * navigation), opening their notifications. The layout that shows it needs only this one component.
 */
@org.springframework.modulith.NamedInterface("ui")
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/notes.css")
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span count = new Span();
    private Registration navigation;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().getThemeList().add("badge error pill small primary");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? "Notifications" : "Notifications, " + unread + " unread";
        setAriaLabel(label);
        setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
        }
    }
}
