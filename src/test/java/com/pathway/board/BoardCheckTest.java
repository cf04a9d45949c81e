package com.pathway.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

class BoardCheckTest {

    static final WorkflowDefinition WORKFLOW = new WorkflowDefinition("w", "Open", List.of(
            new Status("Open", "TODO"), new Status("Doing", "IN_PROGRESS"), new Status("Review", "IN_PROGRESS"),
            new Status("Done", "DONE")), List.of(), List.of());

    private static BoardConfig board(BoardColumn... columns) {
        return new BoardConfig("W", List.of(columns), List.of());
    }

    @Test
    void acceptsABoardThatMapsEveryStatusOnce() {
        assertThat(BoardCheck.problems(board(new BoardColumn("To do", List.of("Open"), null, null),
                new BoardColumn("Doing", List.of("doing", "Review"), 1, 5),
                new BoardColumn("Done", List.of("Done"), null, null)), WORKFLOW)).isEmpty();
    }

    @Test
    void refusesAStatusInNoColumn() {
        assertThat(BoardCheck.problems(board(new BoardColumn("To do", List.of("Open"), null, null),
                new BoardColumn("Doing", List.of("Doing"), null, null),
                new BoardColumn("Done", List.of("Done"), null, null)), WORKFLOW))
                .containsExactly("\u201CReview\u201D is in no column; its cards would vanish from the board.");
    }

    @Test
    void refusesAStatusMappedTwice() {
        assertThat(BoardCheck.problems(board(new BoardColumn("To do", List.of("Open", "Doing"), null, null),
                new BoardColumn("Doing", List.of("Doing", "Review"), null, null),
                new BoardColumn("Done", List.of("Done"), null, null)), WORKFLOW))
                .containsExactly("\u201CDoing\u201D is mapped twice (\u201CTo do\u201D and \u201CDoing\u201D);"
                        + " a status belongs to one column.");
    }

    @Test
    void refusesUnknownStatusesUnnamedAndEmptyColumnsDuplicateNamesAndCrossedLimits() {
        List<String> problems = BoardCheck.problems(board(
                new BoardColumn("All", List.of("Open", "Doing", "Review", "Done", "Parked"), 5, 2),
                new BoardColumn(" ", List.of(), null, null), new BoardColumn("all", List.of(), -1, null)), WORKFLOW);
        assertThat(problems).contains(
                "\u201CAll\u201D maps \u201CParked\u201D, which the workflow has no status of.",
                "\u201CAll\u201D: the minimum (5) is above the maximum (2).",
                "Column 2 needs a name.", "Column 2 holds no status; map one to it or remove it.",
                "Two columns are called \u201Call\u201D; give each its own name.",
                "\u201Call\u201D: limits cannot be negative.");
    }

    @Test
    void refusesABoardWithoutColumns() {
        assertThat(BoardCheck.problems(board(), WORKFLOW)).startsWith("Add at least one column.");
    }
}
