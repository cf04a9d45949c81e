package com.pathway.board;

/**
 * Published by a plugin when it changed an item's card content outside a transition (an edit, an
 * assignment), so that open boards show it after commit.
 */
public record CardChanged(String key) {
}
