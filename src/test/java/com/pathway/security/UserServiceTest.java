package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

@IntegrationTest
class UserServiceTest {

    private static final String GOOD_PASSWORD = "violet-harbor-lantern";

    @Autowired
    UserService service;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private long usersBefore;
    private long auditBefore;

    @BeforeEach
    void signInAsTheAdministrator() {
        accounts.signIn("admin");
        baseline();
    }

    private void baseline() {
        usersBefore = users.count();
        auditBefore = auditCount();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    // --- create -------------------------------------------------------------------------------------

    @Test
    void createsAUserWithANormalisedNameAndAHashedPassword() {
        String name = TestAccounts.uniqueName("maria");
        UserSummary created = service.createUser(new NewUser("  " + name.toUpperCase() + " ", " Maria Sanchez ",
                " maria@clinic.example ", EnumSet.of(Role.INTAKE_COORDINATOR, Role.MANAGER), GOOD_PASSWORD));

        assertThat(created.username()).isEqualTo(name);
        assertThat(created.displayName()).isEqualTo("Maria Sanchez");
        assertThat(created.email()).isEqualTo("maria@clinic.example");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.INTAKE_COORDINATOR, Role.MANAGER);
        assertThat(created.active()).isTrue();
        assertThat(created.locked()).isFalse();
        UserAccount stored = users.findByUsername(name).orElseThrow();
        assertThat(stored.getPasswordHash()).isNotEqualTo(GOOD_PASSWORD).startsWith("{bcrypt}");
        assertThat(encoder.matches(GOOD_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(audit("USER_CREATED", created.id())).containsEntry("actor", "admin")
                .containsEntry("outcome", "SUCCESS");
        assertThat((String) audit("USER_CREATED", created.id()).get("details"))
                .contains("INTAKE_COORDINATOR", "MANAGER", name).doesNotContain(GOOD_PASSWORD);
    }

    @Test
    void refusesATakenUserNameWhateverItsCase() {
        String name = TestAccounts.uniqueName("taken");
        accounts.create(name, Role.CLINICIAN);
        baseline();

        assertInvalid(() -> service.createUser(newUser(name.toUpperCase())),
                Map.of("username", "This user name is already taken."));
    }

    @Test
    void refusesMalformedUserNames() {
        for (String bad : List.of("", "ab", "-starts-with-dash", "has space", "ümlaut", "x".repeat(65))) {
            assertInvalid(() -> service.createUser(newUser(bad)), Map.of("username",
                    "Use 3 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit."));
        }
        assertInvalid(() -> service.createUser(newUser(null)), Map.of("username",
                "Use 3 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit."));
    }

    @Test
    void refusesWeakPasswordsWithEveryReason() {
        String name = TestAccounts.uniqueName("weak");
        assertInvalid(() -> service.createUser(new NewUser(name, "Weak", null, EnumSet.of(Role.CLINICIAN), "short")),
                Map.of("password", "Use at least 12 characters."));
        assertInvalid(() -> service.createUser(new NewUser(name, "Weak", null, EnumSet.of(Role.CLINICIAN),
                name + "-secret-99")), Map.of("password", "The password must not contain the user name."));
        assertInvalid(() -> service.createUser(new NewUser(name, "Weak", null, EnumSet.of(Role.CLINICIAN),
                "Password1234")), Map.of("password", "This password is too common; choose one that is harder to guess."));
        assertInvalid(() -> service.createUser(new NewUser(name, "Weak", null, EnumSet.of(Role.CLINICIAN), null)),
                Map.of("password", "Enter a password."));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertInvalid(() -> service.createUser(new NewUser("x", " ", "not-an-email", Set.of(), "short")), Map.of(
                "username", "Use 3 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit.",
                "displayName", "Enter the person's name (at most 120 characters).",
                "email", "Enter a valid e-mail address, or leave it empty.",
                "roles", "Choose at least one role.",
                "password", "Use at least 12 characters."));
    }

    @Test
    void refusesNoRolesBadEmailAndOverlongNames() {
        String name = TestAccounts.uniqueName("fields");
        assertInvalid(() -> service.createUser(new NewUser(name, "N", null, null, GOOD_PASSWORD)),
                Map.of("roles", "Choose at least one role."));
        for (String email : List.of("a@b", "a b@c.de", "@clinic.example", "a@@clinic.example",
                "x".repeat(250) + "@c.de")) {
            assertInvalid(() -> service.createUser(new NewUser(name, "N", email, Set.of(Role.ADMIN), GOOD_PASSWORD)),
                    Map.of("email", "Enter a valid e-mail address, or leave it empty."));
        }
        assertInvalid(() -> service.createUser(new NewUser(name, "n".repeat(121), null, Set.of(Role.ADMIN),
                GOOD_PASSWORD)), Map.of("displayName", "Enter the person's name (at most 120 characters)."));
    }

    // --- update -------------------------------------------------------------------------------------

    @Test
    void updatesProfileAndRolesAndAuditsTheRoleChange() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("upd"), Role.CLINICIAN);
        UserSummary updated = service.updateUser(user.getId(), new UserChanges("New Name", "new@clinic.example",
                EnumSet.of(Role.MANAGER), user.getVersion()));

        assertThat(updated.displayName()).isEqualTo("New Name");
        assertThat(updated.roles()).containsExactly(Role.MANAGER);
        assertThat(updated.version()).isGreaterThan(user.getVersion());
        assertThat(accounts.reload(user.getUsername()).getRoles()).containsExactly(Role.MANAGER);
        assertThat((String) audit("USER_UPDATED", user.getId()).get("details"))
                .contains("rolesBefore", "CLINICIAN", "rolesAfter", "MANAGER");
    }

    @Test
    void detectsThatSomeoneElseChangedTheUserMeanwhile() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("conc"), Role.CLINICIAN);
        long version = user.getVersion();
        service.updateUser(user.getId(), new UserChanges("First", null, EnumSet.of(Role.CLINICIAN), version));
        auditBefore = auditCount();

        assertThatThrownBy(() -> service.updateUser(user.getId(),
                new UserChanges("Second", null, EnumSet.of(Role.ADMIN), version)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Someone else changed this user meanwhile");
        UserAccount stored = accounts.reload(user.getUsername());
        assertThat(stored.getDisplayName()).isEqualTo("First");
        assertThat(stored.getRoles()).containsExactly(Role.CLINICIAN);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void refusesBadChangesAndSavesNothing() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("badupd"), Role.CLINICIAN);
        baseline();
        assertInvalid(() -> service.updateUser(user.getId(), new UserChanges("", "nope", Set.of(), user.getVersion())),
                Map.of("displayName", "Enter the person's name (at most 120 characters).",
                        "email", "Enter a valid e-mail address, or leave it empty.",
                        "roles", "Choose at least one role."));
        UserAccount stored = accounts.reload(user.getUsername());
        assertThat(stored.getDisplayName()).isEqualTo(user.getDisplayName());
        assertThat(stored.getVersion()).isEqualTo(user.getVersion());
    }

    @Test
    void noAdministratorChangesTheirOwnRolesNeitherAddingNorRemoving() {
        UserAccount me = accounts.reload("admin");
        Set<Role> mine = me.getRoles();
        assertInvalid(() -> service.updateUser(me.getId(),
                new UserChanges(me.getDisplayName(), me.getEmail(), EnumSet.of(Role.MANAGER), me.getVersion())),
                Map.of("roles", "You cannot change your own roles; ask another administrator."));
        assertInvalid(() -> service.updateUser(me.getId(),
                new UserChanges(me.getDisplayName(), me.getEmail(), EnumSet.allOf(Role.class), me.getVersion())),
                Map.of("roles", "You cannot change your own roles; ask another administrator."));
        assertThat(accounts.reload("admin").getRoles()).isEqualTo(mine);
    }

    @Test
    void anAdministratorStillChangesTheirOwnNameWithTheirRolesUnchanged() {
        UserAccount me = accounts.reload("admin");
        UserSummary saved = service.updateUser(me.getId(),
                new UserChanges(me.getDisplayName(), "admin@clinic.example", me.getRoles(), me.getVersion()));
        assertThat(saved.email()).isEqualTo("admin@clinic.example");
        assertThat(saved.roles()).isEqualTo(me.getRoles());
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> service.updateUser(Long.MAX_VALUE,
                new UserChanges("X", null, EnumSet.of(Role.ADMIN), 0))).isInstanceOf(NotFoundException.class);
    }

    // --- deactivate, reactivate, unlock, reset ------------------------------------------------------------

    @Test
    void deactivatingRevokesTokensAndReactivatingRestoresAccess() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("deact"), Role.CLINICIAN);
        String token = accounts.token(user);

        assertThat(service.deactivate(user.getId()).active()).isFalse();
        assertThat(accounts.reload(user.getUsername()).isActive()).isFalse();
        assertThat(accounts.tokenByValue(token).isActive()).isFalse();
        assertThat(audit("USER_DEACTIVATED", user.getId())).isNotNull();

        assertThat(service.reactivate(user.getId()).active()).isTrue();
        assertThat(accounts.reload(user.getUsername()).isActive()).isTrue();
        assertThat(accounts.tokenByValue(token).isActive()).as("revoked tokens stay revoked").isFalse();
        assertThat(audit("USER_REACTIVATED", user.getId())).isNotNull();
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        UserAccount me = accounts.reload("admin");
        assertInvalid(() -> service.deactivate(me.getId()), Map.of("", "You cannot deactivate your own account."));
        assertThat(accounts.reload("admin").isActive()).isTrue();
    }

    @Test
    void unlockingClearsALockout() {
        UserAccount user = lockedUser();
        assertThat(service.getUser(user.getId()).locked()).isTrue();

        UserSummary unlocked = service.unlock(user.getId());

        assertThat(unlocked.locked()).isFalse();
        assertThat(accounts.reload(user.getUsername()).getLockedUntil()).isNull();
        assertThat(audit("USER_UNLOCKED", user.getId())).isNotNull();
    }

    @Test
    void resettingAPasswordChecksThePolicyUnlocksAndAudits() {
        UserAccount user = lockedUser();
        baseline();
        assertInvalid(() -> service.resetPassword(user.getId(), "short"),
                Map.of("password", "Use at least 12 characters."));
        assertThat(accounts.reload(user.getUsername()).getPasswordHash()).isEqualTo(user.getPasswordHash());

        service.resetPassword(user.getId(), GOOD_PASSWORD);

        UserAccount stored = accounts.reload(user.getUsername());
        assertThat(encoder.matches(GOOD_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(stored.getLockedUntil()).isNull();
        assertThat((String) audit("USER_PASSWORD_RESET", user.getId()).get("details"))
                .doesNotContain(GOOD_PASSWORD);
    }

    @Test
    void aPasswordAnAdministratorSetMustBeChangedByItsUserAndTheirOwnChangeEndsThat() {
        String name = TestAccounts.uniqueName("given");
        UserSummary created = service.createUser(new NewUser(name, "Sam Given", null, EnumSet.of(Role.CLINICIAN),
                GOOD_PASSWORD));
        assertThat(users.findByUsername(name).orElseThrow().isPasswordMustChange()).isTrue();

        accounts.signIn(name);
        service.changeOwnPassword(GOOD_PASSWORD, "amber-kestrel-meadow");
        assertThat(users.findByUsername(name).orElseThrow().isPasswordMustChange()).isFalse();

        accounts.signIn("admin");
        service.resetPassword(created.id(), "quiet-ember-orchard");
        assertThat(users.findByUsername(name).orElseThrow().isPasswordMustChange()).isTrue();
    }

    @Test
    void anAccountThatExistedKeepsItsPasswordWithoutAChangeDue() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("kept"), Role.CLINICIAN);
        assertThat(accounts.reload(user.getUsername()).isPasswordMustChange()).isFalse();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThatThrownBy(() -> service.getUser(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class)
                .hasMessage("No user with id " + Long.MAX_VALUE + ".");
        assertThatThrownBy(() -> service.deactivate(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.unlock(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    // --- own account -------------------------------------------------------------------------------------

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("own"), Role.CLINICIAN);
        accounts.signIn(user.getUsername());
        baseline();

        assertInvalid(() -> service.changeOwnPassword("wrong", GOOD_PASSWORD),
                Map.of("currentPassword", "This is not your current password."));
        assertInvalid(() -> service.changeOwnPassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD),
                Map.of("newPassword", "Choose a password different from the current one."));

        service.changeOwnPassword(TestAccounts.PASSWORD, GOOD_PASSWORD);
        assertThat(encoder.matches(GOOD_PASSWORD, accounts.reload(user.getUsername()).getPasswordHash())).isTrue();
        assertThat(audit("PASSWORD_CHANGED", user.getId())).containsEntry("actor", user.getUsername());
        assertThat(service.myAccount().username()).isEqualTo(user.getUsername());
    }

    @Test
    void findsUsersByPartOfTheirNameOrEmail() {
        String name = TestAccounts.uniqueName("findme");
        accounts.create(name, Role.CLINICIAN);
        assertThat(service.findUsers(name.toUpperCase(), PageRequest.of(0, 10)).getContent())
                .extracting(UserSummary::username).containsExactly(name);
        assertThat(service.countUsers(name)).isEqualTo(1);
        assertThat(service.countUsers("")).isEqualTo(users.count());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private NewUser newUser(String username) {
        return new NewUser(username, "Someone", null, EnumSet.of(Role.CLINICIAN), GOOD_PASSWORD);
    }

    private UserAccount lockedUser() {
        UserAccount user = accounts.create(TestAccounts.uniqueName("locked"), Role.CLINICIAN);
        jdbc.update("update app_user set locked_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(900)), user.getId());
        return accounts.reload(user.getUsername());
    }

    /** The call fails with exactly these field errors, and neither a user nor an audit line was added. */
    private void assertInvalid(Runnable call, Map<String, String> errors) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactlyInAnyOrderEntriesOf(errors));
        assertThat(users.count()).as("users").isEqualTo(usersBefore);
        assertThat(auditCount()).as("audit entries").isEqualTo(auditBefore);
    }

    private long auditCount() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private Map<String, Object> audit(String action, long userId) {
        return jdbc.queryForMap("select * from audit_entry where action = ? and entity_type = 'USER' "
                + "and entity_id = ?", action, String.valueOf(userId));
    }
}
