/** The board's REST API: columns with true counts and the first page of each. */
package com.pathway.board.web;
