package com.pathway.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two notifications views show: a short success, and an error that stays until it is read. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 8000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
