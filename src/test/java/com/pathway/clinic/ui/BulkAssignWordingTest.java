package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.Assignee;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.BulkAssignment;
import com.pathway.clinic.BulkAssignment.Line;
import com.pathway.clinic.BulkAssignment.Outcome;

class BulkAssignWordingTest {

    static final Assignee DANA = new Assignee("dana", "Dana Reyes", true);
    static final Assignee ISABEL = new Assignee("isabel", "Isabel Intake", true);
    static final Assignee MORGAN = new Assignee("morgan", "Morgan Manager", true);

    @Test
    void namesHowManyLeadsGoFromWhomToWhom() {
        BulkAssignment preview = new BulkAssignment(AssignmentField.COORDINATOR, MORGAN, List.of(
                new Line("PW-1", DANA, Outcome.CHANGED, null), new Line("PW-2", null, Outcome.CHANGED, null),
                new Line("PW-3", DANA, Outcome.CHANGED, null), new Line("PW-4", ISABEL, Outcome.CHANGED, null),
                new Line("PW-5", MORGAN, Outcome.UNCHANGED, null),
                new Line("PW-6", null, Outcome.REFUSED, "There is no item PW-6.")), false);

        assertThat(BulkAssignWording.question(preview)).isEqualTo(
                "Reassign 4 leads from Dana Reyes (2), unassigned (1) and Isabel Intake (1) to Morgan Manager as coordinator.");
        assertThat(BulkAssignWording.confirm(preview)).isEqualTo("Reassign 4 leads");
        assertThat(BulkAssignWording.notChanging(preview)).containsExactly(
                "1 lead is already assigned to Morgan Manager.", "PW-6: There is no item PW-6.");
    }

    @Test
    void oneSourceNeedsNoCountAndNothingToChangeSaysSo() {
        BulkAssignment one = new BulkAssignment(AssignmentField.CLINICIAN, DANA,
                List.of(new Line("PW-1", null, Outcome.CHANGED, null)), false);
        assertThat(BulkAssignWording.question(one)).isEqualTo("Reassign 1 lead from unassigned to Dana Reyes as clinician.");

        BulkAssignment none = new BulkAssignment(AssignmentField.CLINICIAN, DANA,
                List.of(new Line("PW-1", DANA, Outcome.UNCHANGED, null), new Line("PW-2", DANA, Outcome.UNCHANGED, null)),
                false);
        assertThat(BulkAssignWording.question(none)).isEqualTo("Nothing to change.");
        assertThat(BulkAssignWording.notChanging(none)).containsExactly("2 leads are already assigned to Dana Reyes.");
    }

    @Test
    void saysWhatWasDoneAndHowManyWereRefused() {
        BulkAssignment done = new BulkAssignment(AssignmentField.CLINICIAN, null, List.of(
                new Line("PW-1", DANA, Outcome.CHANGED, null), new Line("PW-2", null, Outcome.REFUSED, "Gone.")), true);

        assertThat(BulkAssignWording.done(done)).isEqualTo("Unassigned 1 lead. 1 lead could not be changed:");
        assertThat(BulkAssignWording.question(done)).isEqualTo("Unassign the clinician of 1 lead from Dana Reyes.");
    }
}
