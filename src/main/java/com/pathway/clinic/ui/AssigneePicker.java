package com.pathway.clinic.ui;

import com.pathway.clinic.Assignee;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.security.StaffDirectory;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A person to assign, by display name: only the active colleagues whose role fits the field (the
 * coordinator an intake coordinator or a manager, the clinician a clinician), found by name as the user
 * types, at most {@link StaffDirectory#MAX_RESULTS} at a time. For the lead page, the bulk dialog
 * and wherever a lead is assigned.
 */
public class AssigneePicker extends ComboBox<Assignee> {

    private final LeadAssignmentService assignments;
    private AssignmentField field;

    public AssigneePicker(LeadAssignmentService assignments, AssignmentField field) {
        this.assignments = assignments;
        setItemLabelGenerator(Assignee::displayName);
        setPlaceholder("Type a name");
        setClearButtonVisible(true);
        setField(field);
        ComboBoxes.pickFirstMatchOnEnter(this);
    }

    /** Offers the people who fit this field from now on, and forgets a person picked for another. */
    public void setField(AssignmentField field) {
        this.field = field;
        clear();
        setItems(query -> assignments.candidates(this.field, query.getFilter().orElse(""), StaffDirectory.MAX_RESULTS)
                .stream().skip(query.getOffset()).limit(query.getLimit()));
    }

    public AssignmentField getField() {
        return field;
    }
}
