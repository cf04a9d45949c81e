package com.pathway.clinic;

import java.util.List;

/**
 * A lead someone else saved while it was being edited: their version, and field by field what they
 * changed and what the editor changed, as text to show (empty text for no value). Saving the edit
 * over theirs overwrites only the editor's fields; where both changed a field, the editor's value wins.
 */
public record EditConflict(LeadDetails theirs, List<Field> fields) {

    public record Field(String field, String label, String before, String theirs, String mine, boolean theyChanged,
            boolean iChanged) {

        public boolean both() {
            return theyChanged && iChanged;
        }
    }
}
