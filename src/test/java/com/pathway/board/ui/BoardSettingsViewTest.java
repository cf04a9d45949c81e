package com.pathway.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.board.BoardConfig;
import com.pathway.board.BoardService;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

class BoardSettingsViewTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> statusesOf(int column) {
        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("board-column-" + column));
        return _find(row, MultiSelectComboBox.class).getFirst();
    }

    @Test
    void aBoardThatLeavesAStatusOutIsRefusedWithTheReasonAndNothingIsSaved() {
        open("admin", "admin/board");
        BoardService boards = context.getBean(BoardService.class);
        BoardConfig before = boards.configuration("PW");

        statusesOf(0).setValue(Set.of("New inquiry"));
        statusesOf(1).setValue(Set.of("Contacted", "Consultation scheduled", "Consultation done", "Screening"));
        _click(_get(Button.class, spec -> spec.withId("board-save")));

        String problems = _get(InlineAlert.class, spec -> spec.withId("board-problems")).text();
        assertThat(problems).contains("The board was not saved.",
                "\u201CScreening\u201D is mapped twice (\u201CConsultation\u201D and \u201CAssessment\u201D)");
        assertThat(boards.configuration("PW")).isEqualTo(before);
    }

    @Test
    void anAdministratorSetsALimitAndGoesBackToTheDefaultAfterConfirming() {
        open("admin", "admin/board");
        BoardService boards = context.getBean(BoardService.class);
        HorizontalLayout first = _get(HorizontalLayout.class, spec -> spec.withId("board-column-0"));
        _find(first, IntegerField.class).get(1).setValue(30);
        _click(_get(Button.class, spec -> spec.withId("board-save")));
        assertThat(notifications()).contains("The board was saved.");
        assertThat(boards.configuration("PW").columns().getFirst().wipMax()).isEqualTo(30);

        _click(_get(Button.class, spec -> spec.withId("board-reset")));
        _click(_get(Button.class, spec -> spec.withId("board-reset-confirm")));
        assertThat(boards.configuration("PW").columns().getFirst().wipMax()).isNull();
    }
}
