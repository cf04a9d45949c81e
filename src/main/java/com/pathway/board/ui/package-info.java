/** The board page, its columns, cards and dialogs, and the administrators' board editor. */
package com.pathway.board.ui;
