package com.pathway.security.ui;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.pathway.security.web.SecondStepSession;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * While a sign-in waits for its second step, every navigation inside Vaadin leads to the second step's
 * page (page loads are sent there by {@code security.web.SecondStepFilter}).
 */
@Component
class SecondStepGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (SecondStepSession.isPending(SecurityContextHolder.getContext().getAuthentication())
                    && enter.getNavigationTarget() != TwoFactorView.class) {
                enter.forwardTo(TwoFactorView.class);
            }
        }));
    }
}
