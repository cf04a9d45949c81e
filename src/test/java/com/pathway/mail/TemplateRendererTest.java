package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.mail.internal.TemplateRenderer;
import com.pathway.shared.Validation;

/** Template checks and safe filling, without Spring. */
class TemplateRendererTest {

    @Test
    void shippedDefaultsPassTheirOwnChecks() {
        for (MessageKind kind : MessageKind.values()) {
            Validation errors = new Validation();
            TemplateRenderer.check(kind, kind.defaultSubject(), kind.defaultBody(), errors);
            assertThat(errors.errors()).as(kind.name()).isEmpty();
        }
    }

    @Test
    void refusesUnknownPlaceholdersNamingThemAndWhatIsOffered() {
        Validation errors = new Validation();
        TemplateRenderer.check(MessageKind.TASK_DUE, "Due: ${diagnosis}", "Hello ${name} ${lastName}", errors);
        assertThat(errors.errors().get("subject")).startsWith("Unknown placeholder ${diagnosis}.")
                .contains("${leadKey}");
        assertThat(errors.errors().get("body")).startsWith("Unknown placeholder ${lastName}.");
    }

    @Test
    void refusesAnUnclosedPlaceholderAndAnEmptyOrMultiLineSubject() {
        Validation errors = new Validation();
        TemplateRenderer.check(MessageKind.TASK_DUE, "", "Hello ${name", errors);
        assertThat(errors.errors().get("subject")).isEqualTo("Write a subject.");
        assertThat(errors.errors().get("body")).startsWith("A placeholder is not closed");

        Validation twoLines = new Validation();
        TemplateRenderer.check(MessageKind.TASK_DUE, "One\nTwo", "Hi", twoLines);
        assertThat(twoLines.errors().get("subject")).isEqualTo("A subject is one line.");
    }

    @Test
    void aMessageToLeadsMustKeepItsUnsubscribeLink() {
        Validation errors = new Validation();
        TemplateRenderer.check(MessageKind.CONSULTATION_REMINDER, "See you", "Dear ${firstName}, see you.", errors);
        assertThat(errors.errors().get("body")).contains("${unsubscribeLink}");
    }

    @Test
    void valuesAreInsertedAsTextNeverReadAsTemplatesAndSubjectsStayOneLine() {
        Map<String, String> values = new LinkedHashMap<>(TemplateRenderer.examples(MessageKind.CONSULTATION_REMINDER));
        values.put("firstName", "${unsubscribeLink}\nBcc: someone@example.org");
        RenderedMail mail = TemplateRenderer.render(MessageKind.CONSULTATION_REMINDER, "Hi ${firstName}",
                "Dear ${firstName}: ${unsubscribeLink}", values);
        assertThat(mail.subject()).isEqualTo("Hi ${unsubscribeLink} Bcc: someone@example.org");
        assertThat(mail.body()).startsWith("Dear ${unsubscribeLink}\nBcc: someone@example.org: https://");
    }
}
