/** The engine's storage, definition parsing and checking, built-in rules and the transition logic. */
package com.pathway.workflow.internal;
