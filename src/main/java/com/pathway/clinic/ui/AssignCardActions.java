package com.pathway.clinic.ui;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.pathway.board.ui.CardAction;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadPermissions;

/**
 * Assigning a lead from its board card: "Assign to me as coordinator/clinician" in one click for the
 * roles that fit, and "Coordinator…" / "Clinician…" with the picker for those who assign others
 * ({@link QuickAssign}).
 */
@Configuration(proxyBeanMethods = false)
class AssignCardActions {

    @Bean
    CardAction assignMeAsCoordinator(LeadAssignmentService assignments, LeadPermissions permissions) {
        return toMe(assignments, permissions, AssignmentField.COORDINATOR);
    }

    @Bean
    CardAction assignMeAsClinician(LeadAssignmentService assignments, LeadPermissions permissions) {
        return toMe(assignments, permissions, AssignmentField.CLINICIAN);
    }

    @Bean
    CardAction assignCoordinator(LeadAssignmentService assignments, LeadPermissions permissions) {
        return picked(assignments, permissions, AssignmentField.COORDINATOR);
    }

    @Bean
    CardAction assignClinician(LeadAssignmentService assignments, LeadPermissions permissions) {
        return picked(assignments, permissions, AssignmentField.CLINICIAN);
    }

    private static CardAction toMe(LeadAssignmentService assignments, LeadPermissions permissions,
            AssignmentField field) {
        return new CardAction() {
            @Override
            public String id() {
                return "assign-me-" + field.userField();
            }

            @Override
            public String label() {
                return "Assign to me as " + field.label().toLowerCase(Locale.ROOT);
            }

            @Override
            public boolean available() {
                return permissions.mayAssignSelf(field);
            }

            @Override
            public void run(String key, Runnable changed) {
                QuickAssign.assignOneClick(key, () -> assignments.assignToMe(key, field, null),
                        after -> changed.run());
            }
        };
    }

    private static CardAction picked(LeadAssignmentService assignments, LeadPermissions permissions,
            AssignmentField field) {
        return new CardAction() {
            @Override
            public String id() {
                return "assign-" + field.userField();
            }

            @Override
            public String label() {
                return field.label() + "\u2026";
            }

            @Override
            public boolean available() {
                return permissions.mayAssign();
            }

            @Override
            public void run(String key, Runnable changed) {
                QuickAssign.openPicker(assignments, key, field, after -> changed.run());
            }
        };
    }
}
