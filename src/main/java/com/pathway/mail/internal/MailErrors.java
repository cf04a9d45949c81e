package com.pathway.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * The reason a message was not sent, in words that hold no address, host or message text: what the outbox
 * keeps and administrators see. The full error goes to the log only.
 */
final class MailErrors {

    static final String UNREACHABLE = "The mail server could not be reached.";
    static final String SIGN_IN = "The mail server refused the sign-in.";
    static final String RECIPIENT = "The mail server refused the recipient's address.";
    static final String REFUSED = "The mail server refused the message.";

    private MailErrors() {
    }

    static String generic(Exception e) {
        if (e instanceof MailAuthenticationException || causedBy(e, AuthenticationFailedException.class)) {
            return SIGN_IN;
        }
        if (causedBy(e, java.net.ConnectException.class) || causedBy(e, java.net.UnknownHostException.class)
                || causedBy(e, java.net.SocketTimeoutException.class) || String.valueOf(e.getMessage())
                        .contains("connect")) {
            return UNREACHABLE;
        }
        if (causedBy(e, SendFailedException.class) || e instanceof MailSendException send
                && send.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance)) {
            return RECIPIENT;
        }
        return REFUSED;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof MailSendException send && send.getFailedMessages().values().stream()
                    .anyMatch(f -> causedBy(f, type))) {
                return true;
            }
        }
        return false;
    }
}
