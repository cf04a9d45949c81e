package com.pathway.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.board.BoardCheck;
import com.pathway.board.BoardColumn;
import com.pathway.board.BoardConfig;
import com.pathway.board.CardField;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

class DefaultBoardsTest {

    @Test
    void theDefaultBoardHasAColumnPerStageInTheOrderOfItsFirstStatus() {
        WorkflowDefinition workflow = new WorkflowDefinition("w", "New", List.of(
                new Status("New", "TODO", Map.of("stage", "intake")),
                new Status("Called", "IN_PROGRESS", Map.of("stage", "intake")),
                new Status("Seen", "IN_PROGRESS", Map.of("stage", "lost-contact")),
                new Status("Parked", "IN_PROGRESS"),
                new Status("Closed", "DONE", Map.of("stage", "closed"))), List.of(), List.of());
        BoardConfig board = DefaultBoards.derive("W", workflow, "stage", List.of(new CardField("age", "Age")));
        assertThat(board.columns()).containsExactly(new BoardColumn("Intake", List.of("New", "Called"), null, null),
                new BoardColumn("Lost contact", List.of("Seen"), null, null),
                new BoardColumn("Parked", List.of("Parked"), null, null),
                new BoardColumn("Closed", List.of("Closed"), null, null));
        assertThat(board.cardFields()).containsExactly("age");
        assertThat(BoardCheck.problems(board, workflow)).isEmpty();
    }
}
