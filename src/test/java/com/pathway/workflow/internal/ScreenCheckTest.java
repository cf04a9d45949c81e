package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.security.UserDirectory;
import com.pathway.security.UserOption;
import com.pathway.shared.Validation;
import com.pathway.workflow.FieldStore;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/**
 * The screen's field types, without Spring: a date and time entered in the organisation's zone and kept
 * as UTC, a user limited to active holders of the field's roles, and transition values a plugin takes
 * from the step instead of the item.
 */
class ScreenCheckTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final UserDirectory users = mock(UserDirectory.class);

    private final FieldStore store = new FieldStore() {
        @Override
        public boolean supports(String itemType) {
            return "TASK".equals(itemType);
        }

        @Override
        public Set<String> fieldNames() {
            return Set.of("priority");
        }

        @Override
        public Object read(long itemId, String field) {
            return null;
        }

        @Override
        public void write(long itemId, String field, Object value) {
        }

        @Override
        public Set<String> transitionValues() {
            return Set.of("meetingAt", "host", "outcome");
        }
    };

    private final ItemFields fields = new ItemFields(List.of(store), null);
    private final ScreenCheck check = new ScreenCheck(fields, users);

    private final Transition book = new Transition("book", "Book", List.of("A"), "B", List.of(), List.of(), List.of(),
            List.of(new ScreenField("meetingAt", "Meeting time", "DATE_TIME", true, List.of()),
                    new ScreenField("host", "Host", "USER", false, List.of("CLINICIAN")),
                    new ScreenField("outcome", "Outcome", "CHOICE", false, List.of("Reached", "No answer"))));

    private final WorkflowDefinition definition = DefinitionYaml.parse("""
            name: w
            initial: A
            statuses:
              - {name: A, category: TODO}
              - {name: B, category: IN_PROGRESS}
            transitions:
              - {name: Book, from: [A], to: B}
            """);

    private Map<String, String> errors(Map<String, Object> input) {
        Validation errors = new Validation();
        check.check("TASK", definition, book, input, ZONE, errors);
        return errors.errors();
    }

    @Test
    void aDateTimeWithoutAnOffsetIsMeantInTheZoneAndKeptInUtc() {
        when(users.activeWithRole(eq("Dr-Lee "), any())).thenReturn(Optional.of(new UserOption("dr-lee", "Dr Lee")));
        Map<String, Object> input = Map.of("meetingAt", "2026-12-09T10:00", "host", "Dr-Lee ");

        assertThat(errors(input)).isEmpty();
        assertThat(check.normalised(book, input, ZONE)).containsEntry("meetingAt", "2026-12-09T15:00:00Z")
                .containsEntry("host", "dr-lee");
        assertThat(check.normalised(book, Map.of("meetingAt", "2026-12-09T10:00:00+01:00"), ZONE))
                .containsEntry("meetingAt", "2026-12-09T09:00:00Z");
    }

    @Test
    void aDateTimeThatCannotBeReadIsRefusedWithTheZoneItIsMeantIn() {
        assertThat(errors(Map.of("meetingAt", "Tuesday at ten"))).containsEntry("meetingAt",
                "Enter meeting time as a date and time (YYYY-MM-DDTHH:MM, in America/New_York).");
        assertThat(errors(Map.of())).containsEntry("meetingAt", "Enter meeting time.");
    }

    @Test
    void aUserMustBeAnActiveHolderOfOneOfTheFieldsRoles() {
        when(users.activeWithRole(any(), any())).thenReturn(Optional.empty());

        assertThat(errors(Map.of("meetingAt", "2026-12-09T10:00", "host", "front-desk"))).containsEntry("host",
                "There is no active clinician with the user name front-desk; choose one from the list.");
    }

    @Test
    void transitionValuesAreAcceptedOnTheScreenButAreNotItemFields() {
        when(users.activeWithRole(any(), any())).thenReturn(Optional.of(new UserOption("dr-lee", "Dr Lee")));

        assertThat(errors(Map.of("meetingAt", "2026-12-09T10:00", "outcome", "Reached"))).isEmpty();
        assertThat(fields.isTransitionValue("TASK", "outcome")).isTrue();
        assertThat(fields.isTransitionValue("TASK", "priority")).isFalse();
        assertThat(fields.isScreenField("TASK", "nonsense")).isFalse();
        assertThat(errors(Map.of("meetingAt", "2026-12-09T10:00", "outcome", "Maybe"))).containsEntry("outcome",
                "Choose one of: Reached, No answer.");
    }
}
