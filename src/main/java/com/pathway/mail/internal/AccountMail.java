package com.pathway.mail.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.pathway.clinic.Appointment;
import com.pathway.mail.MailProperties;
import com.pathway.mail.MessageKind;
import com.pathway.security.AccountLocked;
import com.pathway.shared.ClinicProperties;

/**
 * Tells the owner of an account that it was locked after failed sign-ins: one e-mail per lockout, written in the
 * transaction that locked it, whatever the owner's roles and e-mail preferences (it is a security notice). It names
 * the account and until when, nothing else; the sign-in page itself says the same words for every failure.
 */
@Component
public class AccountMail {

    private final Mailer mailer;
    private final MailProperties properties;
    private final ClinicProperties clinic;

    public AccountMail(Mailer mailer, MailProperties properties, ClinicProperties clinic) {
        this.mailer = mailer;
        this.properties = properties;
        this.clinic = clinic;
    }

    @EventListener
    public void locked(AccountLocked event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        mailer.write(MessageKind.ACCOUNT_LOCKED, "locked:" + event.username() + ":" + event.lockedUntil().getEpochSecond(),
                event.email(), event.username(), null, null, Map.of(
                        "name", event.displayName() == null ? event.username() : event.displayName(),
                        "username", event.username(),
                        "lockedUntil", Appointment.when(event.lockedUntil(), clinic.timeZone()),
                        "link", properties.link("")));
    }
}
