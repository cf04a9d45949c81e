package com.pathway.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pathway.security.internal.AuthFailureSummaries;
import com.pathway.security.internal.SignInThrottle;

/**
 * Before the sign-in form's password is checked: an address that has used up its allowance of failed sign-ins
 * (for any account, or for the account it names) is sent back to the sign-in page with the one message every
 * failed sign-in gets. Neither the password nor the account's lockout counter is touched, and the refusals are
 * summarised in the audit per address and window rather than written one by one.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    /** The audit action of the summary rows. */
    static final String ACTION = "LOGIN_THROTTLED";

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;
    private final AuthFailureSummaries summaries;
    private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInThrottleFilter(SignInThrottle throttle, AuthFailureSummaries summaries) {
        this.throttle = throttle;
        this.summaries = summaries;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getParameter("username");
        if (throttle.refused(request.getRemoteAddr(), username).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        summaries.add(ACTION, request.getRemoteAddr(), username, "refused while throttled");
        failure.onAuthenticationFailure(request, response, new SignInThrottledException());
    }

    /** A sign-in refused because its address failed too often; shown like any failed sign-in. */
    static final class SignInThrottledException extends AuthenticationException {
        SignInThrottledException() {
            super("Too many failed sign-ins from this address");
        }
    }
}
