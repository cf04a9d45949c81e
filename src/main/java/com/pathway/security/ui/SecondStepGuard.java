package com.pathway.security.ui;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.web.PasswordChangeSession;
import com.pathway.security.web.SecondStepSession;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * While a sign-in waits for its second step, every navigation inside Vaadin leads to the second step's
 * page (the plain code form, or setting up the second step); after it, while the password an administrator set is still to be changed, every navigation leads
 * to the change-password page (page loads are sent there by {@code security.web.SecondStepFilter} and
 * {@code PasswordChangeFilter}).
 */
@Component
class SecondStepGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (SecondStepSession.isPending(SecurityContextHolder.getContext().getAuthentication())) {
                if (SecondStepSession.pending(httpSession()).orElse(null) == SecondStep.CODE) {
                    // The code is asked for on a plain page outside Vaadin.
                    enter.forwardToUrl(SecondStepSession.PATH);
                } else if (enter.getNavigationTarget() != TwoFactorView.class) {
                    enter.forwardTo(TwoFactorView.class);
                }
            } else if (PasswordChangeSession.isDue(httpSession()) && enter.getNavigationTarget() != ChangePasswordView.class) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }

    private static HttpSession httpSession() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : request.getHttpServletRequest().getSession(false);
    }
}
