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
                    LeadAction.MERGE, LeadAction.IMPORT, LeadAction.CREATE_REFERRER),
            Role.MANAGER, EnumSet.of(LeadAction.VIEW, LeadAction.LIST, LeadAction.CREATE, LeadAction.EDIT,
                    LeadAction.MERGE, LeadAction.EXPORT, LeadAction.CREATE_REFERRER),
            Role.CLINICIAN, EnumSet.of(LeadAction.VIEW, LeadAction.LIST, LeadAction.RECORD_SCREENING,
                    LeadAction.READ_SCREENING),
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
        Map<LeadAction, Predicate<LeadPermissions>> named = Map.of(LeadAction.VIEW, LeadPermissions::mayView,
                LeadAction.LIST, LeadPermissions::mayList, LeadAction.CREATE, LeadPermissions::mayCreate,
                LeadAction.EDIT, LeadPermissions::mayEdit, LeadAction.MERGE, LeadPermissions::mayMerge,
                LeadAction.IMPORT, LeadPermissions::mayImport, LeadAction.EXPORT, LeadPermissions::mayExport,
                LeadAction.RECORD_SCREENING, LeadPermissions::mayRecordScreening,
                LeadAction.READ_SCREENING, LeadPermissions::mayReadScreening,
                LeadAction.CREATE_REFERRER, LeadPermissions::mayCreateReferrer);

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
                        LeadAction.READ_SCREENING);
    }

    @Test
    void noOneSignedInMayDoAnything() {
        assertThat(Arrays.stream(LeadAction.values()).filter(permissions::may)).isEmpty();
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
                new StatusAge(Instant.EPOCH, null, Instant.EPOCH), null);

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
