package com.pathway.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.StatusCategory;

class MoveOptionsTest {

    private static AvailableTransition t(String name, String to) {
        return new AvailableTransition(name.toLowerCase().replace(' ', '-'), name, to, StatusCategory.IN_PROGRESS,
                List.of());
    }

    private final BoardColumn treatment = new BoardColumn("Treatment", List.of("Treatment scheduled", "In treatment"),
            null, null);

    @Test
    void oneTransitionIntoTheColumnRunsWithoutAsking() {
        MoveOptions options = MoveOptions.to(treatment, "Screening",
                List.of(t("Approve", "Treatment scheduled"), t("Close", "Closed")), 3);
        assertThat(options.single()).isTrue();
        assertThat(options.transitions()).extracting(AvailableTransition::name).containsExactly("Approve");
        assertThat(options.version()).isEqualTo(3);
    }

    @Test
    void severalTransitionsIntoTheColumnAreOfferedInTheColumnsStatusOrder() {
        MoveOptions options = MoveOptions.to(treatment, "Screening",
                List.of(t("Start at once", "In treatment"), t("Approve", "Treatment scheduled"), t("Close", "Closed")), 1);
        assertThat(options.single()).isFalse();
        assertThat(options.refused()).isFalse();
        assertThat(options.transitions()).extracting(AvailableTransition::name).containsExactly("Approve", "Start at once");
    }

    @Test
    void noTransitionIntoTheColumnIsRefusedWithWhatTheUserMayDoInstead() {
        MoveOptions options = MoveOptions.to(treatment, "Contacted",
                List.of(t("Schedule consultation", "Consultation scheduled")), 1);
        assertThat(options.refused()).isTrue();
        assertThat(options.refusal()).isEqualTo("No move from Contacted to Treatment is open to you now; you may:"
                + " Schedule consultation (to Consultation scheduled).");
        assertThat(MoveOptions.to(treatment, "Contacted", List.of(), 1).refusal())
                .isEqualTo("No move from Contacted to Treatment is open to you now.");
    }

    @Test
    void droppingACardOnItsOwnColumnDoesNothing() {
        assertThat(MoveOptions.to(treatment, "in treatment", List.of(t("Complete", "Follow-up")), 1).refusal())
                .isEqualTo("It is already in Treatment.");
    }
}
