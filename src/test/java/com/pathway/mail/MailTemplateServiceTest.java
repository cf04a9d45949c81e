package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** Administrators edit, preview and reset templates; a bad template is refused whole and nothing is saved. */
@WorkflowTest
class MailTemplateServiceTest {

    @Autowired
    MailTemplateService templates;

    @BeforeEach
    void signIn() {
        SignedIn.as("admin", "ADMIN");
    }

    @AfterEach
    void resetAndSignOut() {
        templates.reset(MessageKind.STAFF_DIGEST);
        SignedIn.out();
    }

    @Test
    void savesPreviewsAndResetsATemplate() {
        MailTemplate saved = templates.save(MessageKind.STAFF_DIGEST, "Today: ${todayCount} task(s)",
                "Hi ${name}, see ${link}");
        assertThat(saved.customised()).isTrue();
        assertThat(saved.updatedBy()).isEqualTo("admin");
        assertThat(templates.get(MessageKind.STAFF_DIGEST).subject()).isEqualTo("Today: ${todayCount} task(s)");

        RenderedMail preview = templates.preview(MessageKind.STAFF_DIGEST, saved.subject(), saved.body());
        assertThat(preview.subject()).isEqualTo("Today: 2 task(s)");
        assertThat(preview.body()).startsWith("Hi Dana Reyes, see https://");

        MailTemplate reset = templates.reset(MessageKind.STAFF_DIGEST);
        assertThat(reset.customised()).isFalse();
        assertThat(reset.subject()).isEqualTo(MessageKind.STAFF_DIGEST.defaultSubject());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> templates.save(MessageKind.STAFF_DIGEST, "Hi ${name}", "Your ${diagnosis} today"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("body"))
                        .startsWith("Unknown placeholder ${diagnosis}."));
        assertThat(templates.get(MessageKind.STAFF_DIGEST).customised()).isFalse();
        assertThatThrownBy(() -> templates.preview(MessageKind.CONSULTATION_CONFIRMATION, "Hi", "No link"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> templates.save(null, "Hi", "There")).isInstanceOf(InvalidInputException.class);
    }
}
