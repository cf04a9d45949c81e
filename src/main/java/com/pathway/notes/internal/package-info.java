/** The notes module's implementation: the note entity and its rules, its repository, mentions, audit lines and timeline entries. */
package com.pathway.notes.internal;
