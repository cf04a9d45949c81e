package com.pathway.security.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.pathway.shared.web.Problems;

/**
 * API answers for a missing, wrong or expired token (401) and for a role that lacks the right or a
 * read-only token that tries to write (403).
 */
@Component
public class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    public ProblemSecurityHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String detail = exception instanceof LockedException
                ? "This account is locked after too many failed sign-ins; try again later."
                : exception instanceof CredentialsExpiredException
                        ? "This API token has expired. Create a new one under Profile, API tokens."
                        : "Send HTTP Basic credentials: your user name and one of your personal API tokens.";
        ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Pathway API\"");
        problems.write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        String detail = ReadOnlyTokens.refuses(request, SecurityContextHolder.getContext().getAuthentication())
                ? "This API token is read-only: it may only read (GET and HEAD). Use a token that may also write."
                : "Your role does not allow this request.";
        problems.write(request, response, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
    }
}
