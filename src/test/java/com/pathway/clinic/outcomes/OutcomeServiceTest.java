package com.pathway.clinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.ClinicalRecordTest;
import com.pathway.notifications.NotificationService;
import com.pathway.notifications.NotificationView;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;

/**
 * Recording outcome measures: scores and the clinic's bands, the history with its change since baseline,
 * the PHQ-9 item 9 flag (a review task and a notification for the lead's clinician, without clinical text),
 * refusals that save nothing, the clinic's bands, and who may do any of it.
 */
@IntegrationTest
class OutcomeServiceTest extends ClinicalRecordTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeBandService bandSettings;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;

    @Test
    void measuresAreScoredBandedAndShownWithTheirChangeSinceBaseline() {
        as(clinician, () -> outcomes.record(key, new NewMeasure("PHQ9", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0))));
        MeasureView latest = as(clinician, () -> outcomes.record(key, new NewMeasure("phq-9",
                List.of(1, 1, 1, 1, 1, 1, 1, 0, 0))));
        assertThat(latest.total()).isEqualTo(7);
        assertThat(latest.band()).isEqualTo("Mild");
        assertThat(latest.maxTotal()).isEqualTo(27);

        OutcomeRecord record = as(clinician, () -> outcomes.history(key));
        MeasureHistory phq = record.instruments().getFirst();
        assertThat(phq.instrument()).isEqualTo(Instrument.PHQ9);
        assertThat(phq.measures()).extracting(MeasureView::total).containsExactly(7, 16);
        assertThat(phq.changeSinceBaseline()).isEqualTo(-9);
        assertThat(phq.sparkline()).hasSize(2);
        assertThat(record.latestFlag()).isNull();
        assertThat(record.instruments().get(2).measures()).isEmpty();
    }

    @Test
    void phq9Item9AboveZeroFlagsTheLeadForItsClinicianWithATaskAndANotificationWithoutClinicalText() {
        String clinical = lead("Quint");
        MeasureView measure = as(clinician, () -> outcomes.record(clinical, new NewMeasure("PHQ9",
                List.of(0, 0, 0, 0, 0, 0, 0, 0, 1))));
        assertThat(measure.flagged()).isTrue();

        assertThat(as(clinician, () -> outcomes.history(clinical)).latestFlag()).isEqualTo(measure);
        List<TaskView> review = as(clinician, () -> tasks.forLead(clinical)).stream()
                .filter(t -> t.type() == TaskType.REVIEW).toList();
        assertThat(review).singleElement().satisfies(t -> {
            assertThat(t.assignee()).isEqualTo(clinician);
            assertThat(t.title()).isEqualTo(OutcomeService.REVIEW_TASK).doesNotContainIgnoringCase("PHQ")
                    .doesNotContainIgnoringCase("item");
        });
        List<NotificationView> mine = as(clinician, () -> notifications.mine(PageRequest.of(0, 20)).getContent());
        assertThat(mine).filteredOn(n -> n.kind().equals("flag")).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("leads/" + clinical);
            assertThat(n.text()).contains(clinical).doesNotContainIgnoringCase("PHQ").doesNotContainIgnoringCase("item")
                    .doesNotContainIgnoringCase("score");
        });
    }

    @Test
    void aMissingOrImpossibleAnswerOrAnUnknownQuestionnaireIsRefusedAndNothingIsSaved() {
        List<Integer> missing = new java.util.ArrayList<>(Collections.nCopies(9, 1));
        missing.set(4, null);
        assertThatThrownBy(() -> as(clinician, () -> outcomes.record(key, new NewMeasure("PHQ9", missing))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("answers[4]"));
        assertThatThrownBy(() -> as(clinician, () -> outcomes.record(key, new NewMeasure("GAD7", Collections.nCopies(7, 4)))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(clinician, () -> outcomes.record(key, new NewMeasure("BDI-II", List.of(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("instrument"));
        assertThatThrownBy(() -> as(clinician, () -> outcomes.record(key, null))).isInstanceOf(InvalidInputException.class);
        assertThat(as(clinician, () -> outcomes.history(key)).instruments()).allSatisfy(h -> assertThat(h.measures()).isEmpty());
    }

    @Test
    void theClinicsBandsApplyToMeasuresRecordedAfterAChange() {
        String admin = user("admin", Role.ADMIN);
        List<Band> shipped = as(admin, () -> bandSettings.all()).get(Instrument.PCL5);
        try {
            assertThatThrownBy(() -> as(admin, () -> bandSettings.replace(Instrument.PCL5,
                    List.of(new Band(5, "Low"))))).isInstanceOf(InvalidInputException.class);
            as(admin, () -> bandSettings.replace(Instrument.PCL5, List.of(new Band(0, "Below the clinic's threshold"),
                    new Band(33, "At or above the clinic's threshold"))));
            MeasureView m = as(clinician, () -> outcomes.record(key, new NewMeasure("PCL5", Collections.nCopies(20, 2))));
            assertThat(m.total()).isEqualTo(40);
            assertThat(m.band()).isEqualTo("At or above the clinic's threshold");
        } finally {
            as(admin, () -> bandSettings.replace(Instrument.PCL5, shipped));
        }
    }

    @Test
    void onlyCliniciansReadOrRecordMeasuresAndEveryReadAndWriteIsAudited() {
        for (String other : List.of(coordinator, manager)) {
            assertThatThrownBy(() -> as(other, () -> outcomes.history(key))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(other, () -> outcomes.record(key, new NewMeasure("GAD7", Collections.nCopies(7, 0)))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(clinician, () -> outcomes.record(key, new NewMeasure("GAD7", Collections.nCopies(7, 0))));
        as(clinician, () -> outcomes.history(key));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_id = ?", String.class, key))
                .contains("OUTCOME_MEASURE_RECORDED", "OUTCOME_MEASURES_VIEWED");
    }
}
