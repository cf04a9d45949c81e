package com.pathway.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** What the outbox keeps of a failed attempt: a generic reason, never the host, port or address. */
class MailErrorsTest {

    @Test
    void anUnreachableServerIsNamedWithoutItsHostOrPort() {
        MessagingException cause = new MessagingException("Couldn't connect to host, port: smtp.clinic.example, 25",
                new ConnectException("Connection refused"));
        String reason = MailErrors.generic(new MailSendException("Mail server connection failed", cause));

        assertThat(reason).isEqualTo(MailErrors.UNREACHABLE).doesNotContain("smtp.clinic.example");
    }

    @Test
    void aRefusedSignInARefusedRecipientAndAnyOtherRefusalEachHaveTheirWords() {
        assertThat(MailErrors.generic(new MailAuthenticationException("535 bad password for mail@clinic.example",
                new AuthenticationFailedException("535")))).isEqualTo(MailErrors.SIGN_IN);
        Map<Object, Exception> failed = Map.of(new Object(), new SendFailedException("550 no such user lea@example.org"));
        assertThat(MailErrors.generic(new MailSendException("Failed messages", null, failed)))
                .isEqualTo(MailErrors.RECIPIENT).doesNotContain("lea@example.org");
        assertThat(MailErrors.generic(new MessagingException("554 message rejected: content for lea@example.org")))
                .isEqualTo(MailErrors.REFUSED);
    }
}
