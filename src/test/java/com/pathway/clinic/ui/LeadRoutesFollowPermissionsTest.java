package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pathway.clinic.LeadAction;
import com.pathway.security.Role;

/**
 * The roles a lead route lets in are the roles of the action it serves, so that a route never opens
 * to a role the services would refuse (or hides from one they allow).
 */
class LeadRoutesFollowPermissionsTest {

    @ParameterizedTest(name = "{0} lets in the roles of {1}")
    @CsvSource({"LeadsView, LIST", "LeadPage, VIEW", "NewLeadView, CREATE", "LeadMergeView, MERGE",
            "LeadImportView, IMPORT"})
    void aRouteLetsInTheRolesOfItsAction(String view, LeadAction action) throws Exception {
        RolesAllowed allowed = Class.forName("com.pathway.clinic.ui." + view).getAnnotation(RolesAllowed.class);

        assertThat(Arrays.stream(allowed.value()).map(Role::valueOf).collect(Collectors.toSet()))
                .isEqualTo(action.roles());
    }
}
