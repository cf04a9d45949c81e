package com.pathway.shared;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request being served, as the server sees it behind trusted proxies. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's client address, or {@code null} outside a request (a job, a test calling a service). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
