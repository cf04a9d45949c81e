package com.pathway.clinic;

import java.util.List;

import com.pathway.clinic.internal.MergeFields;

/**
 * What someone changed on a lead's contact and intake fields: the names of the changed fields and,
 * in {@code values}, their new values (the form's other fields are ignored). {@code version} is the
 * lead's version the edit applies to: the one the editor started from or, after a conflict, the
 * other person's version that was shown. Saving it overwrites only the named fields, so a field the
 * editor never touched keeps whatever someone else saved meanwhile.
 */
public record LeadEdit(long version, List<String> fields, LeadForm values) {

    public LeadEdit {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The fields that differ between the form as it was opened and as it is now (blank counts as empty). */
    public static LeadEdit between(LeadForm startedFrom, LeadForm now, long version) {
        return new LeadEdit(version, MergeFields.changed(startedFrom, now), now);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
