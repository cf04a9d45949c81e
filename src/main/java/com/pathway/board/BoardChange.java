package com.pathway.board;

/** An item of a project changed (moved, created or edited); boards showing that project read it again. */
public record BoardChange(String projectKey, String key) {
}
