package com.pathway.board;

/** A value a quick filter or a swimlane may take, with what users read. */
public record Choice(String value, String label) {
}
