/** The notes panel of the lead page, with its editor and mention suggestions. */
package com.pathway.notes.ui;
