package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.security.internal.UserAccount;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** The four-eyes rule: an administrator reads patient data only when a second administrator agreed. */
@IntegrationTest
class RoleGrantServiceTest {

    @Autowired
    UserService users;
    @Autowired
    RoleGrantService grants;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void grantingAPatientDataRoleToAnAdministratorWaitsAndOnlyASecondAdministratorApprovesIt() {
        UserAccount asker = accounts.create(TestAccounts.uniqueName("asker"), Role.ADMIN);
        UserAccount target = accounts.create(TestAccounts.uniqueName("target"), Role.ADMIN);
        UserAccount second = accounts.create(TestAccounts.uniqueName("second"), Role.ADMIN);

        accounts.signIn(asker.getUsername());
        UserSummary saved = users.updateUser(target.getId(), new UserChanges(target.getDisplayName(), null,
                EnumSet.of(Role.ADMIN, Role.CLINICIAN), target.getVersion()));
        assertThat(saved.roles()).containsExactly(Role.ADMIN);
        PendingRoleGrant pending = pendingFor(target);
        assertThat(pending.roles()).containsExactly(Role.CLINICIAN);
        assertThat(pending.requestedBy()).isEqualTo(asker.getUsername());
        assertThat(audits("ROLE_GRANT_REQUESTED", target)).isEqualTo(1);

        assertThatThrownBy(() -> grants.approve(pending.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another administrator must approve it");
        accounts.signIn(target.getUsername());
        assertThatThrownBy(() -> grants.approve(pending.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to yourself");
        assertThat(accounts.reload(target.getUsername()).getRoles()).containsExactly(Role.ADMIN);

        accounts.signIn(second.getUsername());
        grants.approve(pending.id());

        assertThat(accounts.reload(target.getUsername()).getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CLINICIAN);
        assertThat(grants.pendingGrants()).noneMatch(g -> g.id() == pending.id());
        assertThat(audits("ROLE_GRANT_APPROVED", target)).isEqualTo(1);
    }

    @Test
    void grantingAdministrationToAClinicianWaitsAndADeclineLeavesTheirRolesAsTheyWere() {
        UserAccount clinician = accounts.create(TestAccounts.uniqueName("clin"), Role.CLINICIAN);
        UserAccount second = accounts.create(TestAccounts.uniqueName("second"), Role.ADMIN);

        accounts.signIn("admin");
        users.updateUser(clinician.getId(), new UserChanges(clinician.getDisplayName(), null,
                EnumSet.of(Role.ADMIN, Role.CLINICIAN), clinician.getVersion()));
        PendingRoleGrant pending = pendingFor(clinician);
        assertThat(pending.roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.reload(clinician.getUsername()).getRoles()).containsExactly(Role.CLINICIAN);

        accounts.signIn(second.getUsername());
        grants.decline(pending.id());

        assertThat(accounts.reload(clinician.getUsername()).getRoles()).containsExactly(Role.CLINICIAN);
        assertThat(grants.pendingGrants()).noneMatch(g -> g.id() == pending.id());
        assertThat(audits("ROLE_GRANT_DECLINED", clinician)).isEqualTo(1);
        assertThatThrownBy(() -> grants.approve(pending.id()))
                .hasMessageContaining("No pending role grant");
    }

    @Test
    void anAccountCreatedWithAdministrationAndPatientDataGetsAdministrationOnlyAfterApproval() {
        accounts.signIn("admin");
        String name = TestAccounts.uniqueName("both");
        UserSummary created = users.createUser(new NewUser(name, "Both Roles", null,
                EnumSet.of(Role.ADMIN, Role.MANAGER), "violet-harbor-lantern"));

        assertThat(created.roles()).containsExactly(Role.MANAGER);
        assertThat(grants.pendingGrants()).anyMatch(g -> g.userId() == created.id()
                && g.roles().equals(EnumSet.of(Role.ADMIN)));
    }

    @Test
    void ordinaryGrantsTakeEffectAtOnce() {
        UserAccount clinician = accounts.create(TestAccounts.uniqueName("plain"), Role.CLINICIAN);
        accounts.signIn("admin");
        UserSummary saved = users.updateUser(clinician.getId(), new UserChanges(clinician.getDisplayName(), null,
                EnumSet.of(Role.CLINICIAN, Role.MANAGER), clinician.getVersion()));

        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.MANAGER);
        assertThat(grants.pendingGrants()).noneMatch(g -> g.userId() == clinician.getId());
    }

    @Test
    void theRuleNamesWhatWaits() {
        assertThat(RoleGrants.needingApproval(EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN, Role.MANAGER)))
                .containsExactly(Role.MANAGER);
        assertThat(RoleGrants.needingApproval(EnumSet.of(Role.INTAKE_COORDINATOR),
                EnumSet.of(Role.INTAKE_COORDINATOR, Role.ADMIN))).containsExactly(Role.ADMIN);
        assertThat(RoleGrants.needingApproval(EnumSet.of(Role.CLINICIAN), EnumSet.of(Role.ADMIN))).isEmpty();
        assertThat(RoleGrants.needingApproval(EnumSet.of(Role.ADMIN, Role.CLINICIAN),
                EnumSet.of(Role.ADMIN, Role.CLINICIAN))).isEmpty();
    }

    private PendingRoleGrant pendingFor(UserAccount user) {
        return grants.pendingGrants().stream().filter(g -> g.userId() == user.getId()).findFirst().orElseThrow();
    }

    private long audits(String action, UserAccount user) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?",
                Long.class, action, String.valueOf(user.getId()));
    }
}
