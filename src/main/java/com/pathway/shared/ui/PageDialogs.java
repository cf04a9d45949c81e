package com.pathway.shared.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/**
 * A dialog that belongs to the page it was opened on closes when the user leaves that page (the browser's Back, a
 * link, an address typed). Vaadin keeps an open dialog open over the next page, where it would act on a lead the
 * page no longer shows, and the session would keep the left page alive behind it.
 */
public final class PageDialogs {

    private PageDialogs() {
    }

    /** Closes {@code dialog} at the first navigation after it opened. */
    public static <D extends Dialog> D closeWhenLeft(D dialog) {
        dialog.addAttachListener(attach -> {
            Registration leaving = attach.getUI().addBeforeLeaveListener(leave -> dialog.close());
            dialog.addDetachListener(detach -> {
                leaving.remove();
                detach.unregisterListener();
            });
        });
        return dialog;
    }
}
