package com.pathway.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.pathway.security.SecondStepResult;
import com.pathway.security.TwoFactorService;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.web.SecondStepPage.Alert;

/**
 * The second step of signing in as a plain HTML form ({@link SecondStepPage}): {@code GET /two-factor} shows it
 * to a session whose code is due ({@link SecondStepSession}), {@code POST /two-factor} checks the code through
 * {@link TwoFactorService#verify} (throttling, lockout and audit are the service's) and, when it is right, gives
 * the session a new id and sends it to the page it asked for, or home. A session that must set up its second
 * step is sent to {@code /two-factor/set-up}, a finished sign-in home; nobody signed in reaches neither (the
 * security chain sends them to sign in). A post without its form's CSRF token is refused by the security chain
 * and sent back here with a notice ({@link #EXPIRED}).
 */
@Controller
@RequestMapping("/" + SecondStepSession.PATH)
class SecondStepController {

    /** The query parameter of the page shown after a post whose form had expired (no or a stale CSRF token). */
    static final String EXPIRED = "expired";
    /** The query parameter (and form field) that asks for a recovery code instead of the app's code. */
    static final String RECOVERY = "recovery";

    static final Alert BLANK = new Alert("Enter a code.",
            "Type the 6-digit code your authenticator app shows for Pathway, or one of your recovery codes.");
    static final Alert WRONG = new Alert("That code did not work.", "Enter the code your app shows now (it changes "
            + "every 30 seconds), or a recovery code. Repeated wrong codes lock the account.");
    static final Alert THROTTLED = new Alert("Too many attempts.", "Too many codes were wrong. Wait a few minutes, "
            + "then enter the code your app shows at that time.");
    static final Alert FORM_EXPIRED = new Alert("The page had expired, so the code was not checked.",
            "Enter the code your app shows now.");

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final TwoFactorService twoFactor;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SecondStepController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    ResponseEntity<String> show(HttpServletRequest request) {
        SecondStep due = SecondStepSession.pending(request.getSession(false)).orElse(SecondStep.NONE);
        if (due != SecondStep.CODE) {
            return elsewhere(request, due);
        }
        Alert alert = request.getParameter(EXPIRED) != null ? FORM_EXPIRED : null;
        return page(request, HttpStatus.OK, request.getParameter(RECOVERY) != null, alert);
    }

    @PostMapping
    ResponseEntity<String> verify(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = RECOVERY, required = false) String recovery, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        SecondStep due = SecondStepSession.pending(session).orElse(SecondStep.NONE);
        if (due != SecondStep.CODE) {
            return elsewhere(request, due);
        }
        boolean askedForRecovery = recovery != null;
        if (code == null || code.isBlank()) {
            return page(request, HttpStatus.UNPROCESSABLE_CONTENT, askedForRecovery, BLANK);
        }
        SecondStepResult result = twoFactor.verify(code);
        return switch (result) {
            case VERIFIED -> {
                String target = SecondStepSession.takeTarget(session, request.getContextPath() + "/");
                SecondStepSession.complete(request);
                yield seeOther(target);
            }
            case WRONG_CODE -> page(request, HttpStatus.UNPROCESSABLE_CONTENT, askedForRecovery, WRONG);
            case THROTTLED -> page(request, HttpStatus.TOO_MANY_REQUESTS, askedForRecovery, THROTTLED);
            case LOCKED -> {
                // The same words as a locked password sign-in, and the session ends.
                logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
                yield seeOther(request.getContextPath() + "/login?error");
            }
        };
    }

    /** Not the code's turn: setting up a second step first, or the sign-in is finished. */
    private static ResponseEntity<String> elsewhere(HttpServletRequest request, SecondStep due) {
        return seeOther(request.getContextPath() + "/" + (due == SecondStep.ENROL ? SecondStepSession.SET_UP_PATH : ""));
    }

    private static ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, boolean recovery,
            Alert alert) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.status(status).contentType(HTML)
                .body(SecondStepPage.render(request.getContextPath(), csrf, recovery, alert));
    }

    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
