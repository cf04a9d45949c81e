/**
 * Kanban boards over any workflow of the engine: columns that group statuses (configuration, with WIP
 * limits), cards supplied by the workflow's plugin through {@link com.pathway.board.CardSource}, moves that
 * run the engine's transitions, swimlanes, quick filters and live updates after commit.
 */
package com.pathway.board;
