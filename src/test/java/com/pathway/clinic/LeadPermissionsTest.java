package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.workflow.StatusCategory;

/** The clinic's permission table, role by role, without Spring. */
class LeadPermissionsTest {

    /** What each role may do to leads: DESIGN.md's roles, with clinical content for clinicians only. */
    static final Map<Role, Set<LeadAction>> EXPECTED = Map.of(
            Role.INTAKE_COORDINATOR, EnumSet.of(LeadAction.VIEW, LeadAction.LIST, LeadAction.CREATE, LeadAction.EDIT,
                    LeadAction.MERGE, LeadAction.IMPORT, LeadAction.CREATE_REFERRER, LeadAction.ASSIGN,
                    LeadAction.ASSIGN_SELF, LeadAction.CLOSE_SELECTED, LeadAction.RESCHEDULE),
            Role.MANAGER, EnumSet.of(LeadAction.VIEW, LeadAction.LIST, LeadAction.CREATE, LeadAction.EDIT,
                    LeadAction.MERGE, LeadAction.EXPORT, LeadAction.CREATE_REFERRER, LeadAction.ASSIGN,
                    LeadAction.ASSIGN_SELF, LeadAction.ASSIGN_MANY, LeadAction.CLOSE_SELECTED,
                    LeadAction.RESCHEDULE, LeadAction.EMERGENCY_ACCESS),
            Role.CLINICIAN, EnumSet.of(LeadAction.VIEW, LeadAction.LIST, LeadAction.RECORD_SCREENING,
                    LeadAction.READ_SCREENING, LeadAction.ASSIGN_SELF, LeadAction.EMERGENCY_ACCESS),
            Role.ADMIN, EnumSet.noneOf(LeadAction.class));

    final LeadPermissions permissions = new LeadPermissions(new CurrentUser());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u",
                null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleMayDoExactlyItsActions(Role role) {
        signIn(role);

        for (LeadAction action : LeadAction.values()) {
            assertThat(permissions.may(action)).as("%s %s", role, action).isEqualTo(EXPECTED.get(role).contains(action));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theNamedQuestionsAnswerLikeTheTable(Role role) {
        signIn(role);
        Map<LeadAction, Predicate<LeadPermissions>> named = Map.ofEntries(
                Map.entry(LeadAction.VIEW, LeadPermissions::mayView),
                Map.entry(LeadAction.LIST, LeadPermissions::mayList),
                Map.entry(LeadAction.CREATE, LeadPermissions::mayCreate),
                Map.entry(LeadAction.EDIT, LeadPermissions::mayEdit),
                Map.entry(LeadAction.MERGE, LeadPermissions::mayMerge),
                Map.entry(LeadAction.IMPORT, LeadPermissions::mayImport),
                Map.entry(LeadAction.EXPORT, LeadPermissions::mayExport),
                Map.entry(LeadAction.RECORD_SCREENING, LeadPermissions::mayRecordScreening),
                Map.entry(LeadAction.READ_SCREENING, LeadPermissions::mayReadScreening),
                Map.entry(LeadAction.CREATE_REFERRER, LeadPermissions::mayCreateReferrer),
                Map.entry(LeadAction.ASSIGN, LeadPermissions::mayAssign),
                Map.entry(LeadAction.ASSIGN_SELF, LeadPermissions::mayAssignSelf),
                Map.entry(LeadAction.ASSIGN_MANY, LeadPermissions::mayAssignMany),

                Map.entry(LeadAction.CLOSE_SELECTED, LeadPermissions::mayCloseSelected),
                Map.entry(LeadAction.RESCHEDULE, LeadPermissions::mayReschedule),
                Map.entry(LeadAction.EMERGENCY_ACCESS, LeadPermissions::mayUseEmergencyAccess));

        assertThat(named).containsOnlyKeys(LeadAction.values());
        named.forEach((action, question) -> assertThat(question.test(permissions)).as("%s %s", role, action)
                .isEqualTo(EXPECTED.get(role).contains(action)));
    }

    @Test
    void aUserWithSeveralRolesMayDoWhatAnyOfThemMay() {
        signIn(Role.MANAGER, Role.CLINICIAN);

        assertThat(Arrays.stream(LeadAction.values()).filter(permissions::may))
                .containsExactlyInAnyOrder(LeadAction.VIEW, LeadAction.LIST, LeadAction.CREATE, LeadAction.EDIT,
                        LeadAction.MERGE, LeadAction.EXPORT, LeadAction.CREATE_REFERRER, LeadAction.RECORD_SCREENING,
                        LeadAction.READ_SCREENING, LeadAction.ASSIGN, LeadAction.ASSIGN_SELF, LeadAction.ASSIGN_MANY, LeadAction.CLOSE_SELECTED,
                        LeadAction.RESCHEDULE, LeadAction.EMERGENCY_ACCESS);
    }

    @Test
    void noOneSignedInMayDoAnything() {
        assertThat(Arrays.stream(LeadAction.values()).filter(permissions::may)).isEmpty();
    }

    @Test
    void eachAssignmentFieldIsTakenOnlyByARoleThatFitsIt() {
        signIn(Role.CLINICIAN);
        assertThat(permissions.mayAssignSelf(AssignmentField.CLINICIAN)).isTrue();
        assertThat(permissions.mayAssignSelf(AssignmentField.COORDINATOR)).isFalse();
        signIn(Role.INTAKE_COORDINATOR);
        assertThat(permissions.mayAssignSelf(AssignmentField.COORDINATOR)).isTrue();
        assertThat(permissions.mayAssignSelf(AssignmentField.CLINICIAN)).isFalse();
        signIn(Role.MANAGER);
        assertThat(permissions.mayAssignSelf(AssignmentField.COORDINATOR)).isTrue();
        signIn(Role.ADMIN);
        assertThat(permissions.mayAssignSelf(AssignmentField.COORDINATOR)).isFalse();
    }

    @Test
    void administratorsDoNotImportLeads() {
        assertThat(LeadAction.IMPORT.roles()).containsExactly(Role.INTAKE_COORDINATOR);
    }

    @Test
    void onlyCliniciansReadTheScreeningOutcome() {
        LeadDetails screened = new LeadDetails("PW-1", "Screening", StatusCategory.IN_PROGRESS, null, "INQ-1",
                Leads.form("Avery", "Quill", "+12025550143", null), true, Instant.parse("2026-02-01T09:00:00Z"),
                "Contraindicated", Instant.parse("2026-02-01T10:00:00Z"), Instant.EPOCH, Instant.EPOCH, 3, null,
                new StatusAge(Instant.EPOCH, null, Instant.EPOCH), null, null);

        for (Role role : List.of(Role.INTAKE_COORDINATOR, Role.MANAGER, Role.ADMIN)) {
            signIn(role);
            LeadDetails shown = permissions.shown(screened);
            assertThat(shown.screeningOutcome()).as("%s", role).isNull();
            assertThat(shown.screeningComplete()).isTrue();
            assertThat(shown.screeningRecordedAt()).isEqualTo(Instant.parse("2026-02-01T09:00:00Z"));
            assertThat(shown.treatmentConsentAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
            assertThat(shown.withoutClinicalContent()).isEqualTo(shown);
        }
        signIn(Role.CLINICIAN);
        assertThat(permissions.shown(screened)).isEqualTo(screened);
    }
}
