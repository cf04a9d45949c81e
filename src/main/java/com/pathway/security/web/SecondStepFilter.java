package com.pathway.security.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.vaadin.flow.spring.security.RequestUtil;

/**
 * Holds a session whose second step is due ({@link SecondStepSession}) to that step. For each of its
 * requests the user is signed in with the password only (a {@link PasswordOnlyAuthentication}: no role,
 * so no guarded view, service or page answers); the stored sign-in is untouched. A page load of any
 * address but the second step's pages ({@code /two-factor}, the plain code form, and
 * {@code /two-factor/set-up}), the sign-in and sign-out pages and static resources is sent to the page
 * of the step that is due, and remembered so that the finished sign-in opens it; any other request outside
 * Vaadin's own is refused. Vaadin's navigation to a view is held by {@code security.ui.SecondStepGuard}.
 * The API chain (tokens) never sees this filter.
 */
class SecondStepFilter extends OncePerRequestFilter {

    /** The theme's and the page's own files (the second step's page needs them to look like Pathway). */
    private static final Pattern STYLES_SCRIPTS_AND_PICTURES =
            Pattern.compile(".+\\.(css|js|mjs|png|svg|ico|woff2?|ttf|webmanifest)");

    private final RequestUtil vaadinRequests;

    SecondStepFilter(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SecondStep pending = SecondStepSession.pending(session).orElse(null);
        Authentication full = SecurityContextHolder.getContext().getAuthentication();
        if (pending == null || full == null || !full.isAuthenticated() || full instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext original = SecurityContextHolder.getContext();
        SecurityContext reduced = SecurityContextHolder.createEmptyContext();
        reduced.setAuthentication(new PasswordOnlyAuthentication(full));
        SecurityContextHolder.setContext(reduced);
        try {
            if (open(vaadinRequests, request, SecondStepSession.PATH)
                    || open(vaadinRequests, request, SecondStepSession.SET_UP_PATH)) {
                chain.doFilter(request, response);
            } else if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                SecondStepSession.rememberTarget(session, request.getRequestURI() + (query == null ? "" : "?" + query));
                response.sendRedirect(request.getContextPath() + "/" + pageOf(pending));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }

    /** The page of the step that is due: the code form, or setting up a second step the roles require. */
    static String pageOf(SecondStep pending) {
        return pending == SecondStep.ENROL ? SecondStepSession.SET_UP_PATH : SecondStepSession.PATH;
    }

    /** Whether a session held to {@code page} may make this request: that page, signing in or out, Vaadin's own, files. */
    static boolean open(RequestUtil vaadinRequests, HttpServletRequest request, String page) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/" + page) || path.equals("/login") || path.equals("/logout")
                || vaadinRequests.isFrameworkInternalRequest(request) || SessionPolicyFilter.isStaticResource(request)
                || "GET".equals(request.getMethod()) && STYLES_SCRIPTS_AND_PICTURES.matcher(path).matches();
    }
}
