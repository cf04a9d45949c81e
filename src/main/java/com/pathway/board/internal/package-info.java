/** Storage of board configurations, the default board of a workflow and the live-update broadcaster. */
package com.pathway.board.internal;
