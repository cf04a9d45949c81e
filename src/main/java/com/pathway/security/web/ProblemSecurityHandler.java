package com.pathway.security.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.pathway.shared.web.Problems;

/** API answers for a missing or wrong token (401) and for a role that lacks the right (403). */
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
                : "Send HTTP Basic credentials: your user name and one of your personal API tokens.";
        ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Pathway API\"");
        problems.write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        problems.write(request, response, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this request."));
    }
}
