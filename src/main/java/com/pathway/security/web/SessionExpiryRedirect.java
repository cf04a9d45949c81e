package com.pathway.security.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.security.SessionEnd;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * When a session has ended, the browser goes straight to the sign-in page, which says why (idle, too long
 * signed in, ended by an administrator or from another session), instead of showing Vaadin's generic
 * "session expired" box. {@link SessionPolicyFilter} marks the request with the reason; a session the
 * container let expire is an idle one.
 */
@Component
public class SessionExpiryRedirect implements VaadinServiceInitListener {

    private final Map<SessionEnd, CustomizedSystemMessages> messages = new EnumMap<>(SessionEnd.class);

    public SessionExpiryRedirect() {
        for (SessionEnd end : SessionEnd.values()) {
            CustomizedSystemMessages m = new CustomizedSystemMessages();
            m.setSessionExpiredURL(end.loginPath());
            m.setSessionExpiredNotificationEnabled(false);
            messages.put(end, m);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messagesFor);
    }

    CustomizedSystemMessages messagesFor(SystemMessagesInfo info) {
        Object reason = info.getRequest() == null ? null
                : info.getRequest().getAttribute(SessionPolicyFilter.END_REASON);
        return messages.get(reason instanceof SessionEnd end ? end : SessionEnd.IDLE);
    }
}
