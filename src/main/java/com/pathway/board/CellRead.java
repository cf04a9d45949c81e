package com.pathway.board;

/** One cell of a board to read again: a column (by index), its lane, and how many cards it shows. */
public record CellRead(int column, Lane lane, int limit) {

    public CellRead {
        lane = lane == null ? Lane.ALL : lane;
    }
}
