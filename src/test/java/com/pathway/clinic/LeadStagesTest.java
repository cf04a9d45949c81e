package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeadStagesTest {

    private final LeadStages stages = new LeadStages(List.of(
            new LeadStages.Stage("intake", List.of("New inquiry", "Contacted")),
            new LeadStages.Stage("consultation", List.of("Consultation scheduled")),
            new LeadStages.Stage("treatment", List.of("In treatment"))),
            "New inquiry", List.of("Consultation scheduled"), List.of("In treatment"), List.of("Duplicate"), List.of());

    @Test
    void aStageIsReachedByEnteringItOrAnyLaterStageWhateverTheCaseOfItsName() {
        assertThat(stages.statusesReaching(" Consultation ")).contains(List.of("Consultation scheduled", "In treatment"));
        assertThat(stages.statusesReaching("intake")).contains(List.of("New inquiry", "Contacted",
                "Consultation scheduled", "In treatment"));
        assertThat(stages.statusesReaching("treatment")).contains(List.of("In treatment"));
    }

    @Test
    void anUnknownStageIsNoneRatherThanEveryStatus() {
        assertThat(stages.statusesReaching("moonbase")).isEmpty();
        assertThat(stages.statusesReaching(null)).isEmpty();
        assertThat(stages.names()).containsExactly("intake", "consultation", "treatment");
    }
}
