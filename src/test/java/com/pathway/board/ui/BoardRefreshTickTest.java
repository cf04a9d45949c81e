package com.pathway.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Open boards refresh for others' moves on ticks common to all of them, so that they can share one read. */
class BoardRefreshTickTest {

    private static final long INTERVAL = BoardView.REFRESH_INTERVAL.toNanos();

    @Test
    void aRefreshFallsOnTheNextWholeMultipleOfTheIntervalOnTheNanoClock() {
        assertThat(BoardView.nextTick(3 * INTERVAL)).isEqualTo(3 * INTERVAL);
        assertThat(BoardView.nextTick(3 * INTERVAL + 1)).isEqualTo(4 * INTERVAL);
        assertThat(BoardView.nextTick(4 * INTERVAL - 1)).isEqualTo(4 * INTERVAL);
        // The nano clock may be negative.
        assertThat(BoardView.nextTick(-INTERVAL - 1)).isEqualTo(-INTERVAL);
        assertThat(BoardView.nextTick(-INTERVAL + 5)).isZero();
    }
}
