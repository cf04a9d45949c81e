package com.pathway.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.spring.security.RequestUtil;

/**
 * Holds a session that must change its password ({@link PasswordChangeSession}) to the change-password
 * page once its second step (if any) is done: a page load of any other address is sent there, any other
 * request outside Vaadin's own is refused. Vaadin's navigation is held by {@code security.ui.SecondStepGuard}.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    private final RequestUtil vaadinRequests;

    PasswordChangeFilter(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (!PasswordChangeSession.isDue(session) || SecondStepSession.pending(session).isPresent()
                || SecondStepFilter.open(vaadinRequests, request, PasswordChangeSession.PATH)) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/" + PasswordChangeSession.PATH);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
