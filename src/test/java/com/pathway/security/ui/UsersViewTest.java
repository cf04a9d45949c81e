package com.pathway.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pathway.security.NewUser;
import com.pathway.security.Role;
import com.pathway.security.UserChanges;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

class UsersViewTest extends ViewTest {

    static final String GOOD_PASSWORD = "Correct-horse-battery-9";

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsUsersAndFiltersThem() {
        open("admin", "admin/users");

        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(4);
        filterBy("intake");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("intake", "Isabel Intake", "Intake coordinator");
        assertThat(GridKt._getFormatted(grid(), 0, "lastLogin")).isEqualTo("Never");
    }

    @Test
    void createsAUser() {
        open("admin", "admin/users");
        String username = unique("nurse");

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillNewUser(username, "Nora Nurse", "nora@clinic.example", Set.of(Role.CLINICIAN), GOOD_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_find(Dialog.class, spec -> spec.withId("user-dialog"))).isEmpty();
        assertThat(notifications()).contains("User " + username + " created.");
        filterBy(username);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(username, "Nora Nurse", "Clinician");
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "user-username;Bad Name!;Nora Nurse;nora@clinic.example;CLINICIAN;Correct-horse-battery-9;lower-case letters",
            "user-username;intake;Nora Nurse;nora@clinic.example;CLINICIAN;Correct-horse-battery-9;already taken",
            "user-display-name;nurse-x;'';nora@clinic.example;CLINICIAN;Correct-horse-battery-9;Enter the person's name",
            "user-email;nurse-x;Nora Nurse;not-an-address;CLINICIAN;Correct-horse-battery-9;valid e-mail address",
            "user-roles;nurse-x;Nora Nurse;nora@clinic.example;'';Correct-horse-battery-9;at least one role",
            "user-password;nurse-x;Nora Nurse;nora@clinic.example;CLINICIAN;short;at least 12 characters"})
    void badInputIsShownOnTheFieldAndNothingIsSaved(String field, String username, String name, String email,
            String role, String password, String message) {
        open("admin", "admin/users");
        long before = users.countUsers("");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        Set<Role> roles = role.isEmpty() ? Set.of() : Set.of(Role.valueOf(role));
        fillNewUser(username, name, email, roles, password);

        _click(_get(Button.class, spec -> spec.withId("user-save")));

        var invalid = (com.vaadin.flow.component.HasValidation) _get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId(field));
        assertThat(invalid.isInvalid()).isTrue();
        assertThat(invalid.getErrorMessage()).contains(message);
        for (String other : new String[] {"user-username", "user-display-name", "user-email", "user-roles",
                "user-password"}) {
            if (!other.equals(field)) {
                var valid = (com.vaadin.flow.component.HasValidation) _get(com.vaadin.flow.component.Component.class,
                        spec -> spec.withId(other));
                assertThat(valid.isInvalid()).as(other).isFalse();
            }
        }
        assertThat(textField("user-username").getValue()).isEqualTo(username);
        assertThat(textField("user-display-name").getValue()).isEqualTo(name);
        assertThat(textField("user-email").getValue()).isEqualTo(email);
        assertThat(rolesField().getValue()).isEqualTo(roles);
        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getValue()).isEqualTo(password);
        assertThat(_find(Dialog.class, spec -> spec.withId("user-dialog"))).hasSize(1);
        assertThat(users.countUsers("")).isEqualTo(before);
    }

    @Test
    void editsAUser() {
        open("admin", "admin/users");
        UserSummary user = createUser("editme");

        filterBy(user.username());
        _click(rowButton("edit-" + user.username()));
        textField("user-display-name").setValue("Edith Edited");
        rolesField().setValue(Set.of(Role.MANAGER, Role.CLINICIAN));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(notifications()).contains("Changes to " + user.username() + " saved.");
        UserSummary saved = users.getUser(user.id());
        assertThat(saved.displayName()).isEqualTo("Edith Edited");
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.CLINICIAN);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Edith Edited", "Clinician, Manager");
    }

    @Test
    void aConcurrentEditIsExplainedAndKeepsTheInput() {
        open("admin", "admin/users");
        UserSummary user = createUser("racer");
        filterBy(user.username());
        _click(rowButton("edit-" + user.username()));

        // Someone else saves first.
        users.updateUser(user.id(), new UserChanges("Changed Elsewhere", null, user.roles(), user.version()));

        textField("user-display-name").setValue("My Version");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        Div problem = _get(Div.class, spec -> spec.withId("user-dialog-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Someone else changed this user meanwhile");
        assertThat(textField("user-display-name").getValue()).isEqualTo("My Version");
        assertThat(users.getUser(user.id()).displayName()).isEqualTo("Changed Elsewhere");

        _click(_get(Button.class, spec -> spec.withId("user-dialog-reload")));
        assertThat(textField("user-display-name").getValue()).isEqualTo("Changed Elsewhere");
        textField("user-display-name").setValue("My Version");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(users.getUser(user.id()).displayName()).isEqualTo("My Version");
    }

    @Test
    void deactivatesAndReactivatesAfterConfirmation() {
        open("admin", "admin/users");
        UserSummary user = createUser("leaver");
        filterBy(user.username());

        _click(rowButton("deactivate-" + user.username()));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-deactivate"));
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(users.getUser(user.id()).active()).isTrue();

        _click(rowButton("deactivate-" + user.username()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-deactivate")));
        assertThat(users.getUser(user.id()).active()).isFalse();
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).isEqualTo("Deactivated");

        _click(rowButton("reactivate-" + user.username()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-reactivate")));
        assertThat(users.getUser(user.id()).active()).isTrue();
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).isEqualTo("Active");
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        open("admin", "admin/users");
        filterBy("admin@pathway");

        _click(rowButton("deactivate-admin"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-deactivate")));

        assertThat(notifications()).contains("You cannot deactivate your own account.");
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).isEqualTo("Active");
    }

    @Test
    void unlocksALockedUser() {
        open("admin", "admin/users");
        UserSummary user = createUser("locked");
        jdbc.update("update app_user set locked_until = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), user.id());
        filterBy(user.username());
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).startsWith("Locked until ");

        _click(rowButton("unlock-" + user.username()));

        assertThat(users.getUser(user.id()).locked()).isFalse();
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).isEqualTo("Active");
    }

    @Test
    void resetsAPasswordAndRejectsAWeakOne() {
        open("admin", "admin/users");
        UserSummary user = createUser("forgetful");
        filterBy(user.username());

        _click(rowButton("reset-" + user.username()));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        password.setValue("password");
        _click(_get(Button.class, spec -> spec.withId("reset-password-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(password.getValue()).isEqualTo("password");

        password.setValue("A-brand-new-secret-42");
        _click(_get(Button.class, spec -> spec.withId("reset-password-save")));
        assertThat(_find(Dialog.class, spec -> spec.withId("reset-password-dialog"))).isEmpty();
        assertThat(notifications()).contains("Password of " + user.username() + " reset.");
        assertThat(passwordEncoder.matches("A-brand-new-secret-42",
                userDetails.loadUserByUsername(user.username()).getPassword())).isTrue();
    }

    @Test
    void anAdministratorsOwnRolesAreNotOfferedInTheirDialog() {
        signInAs("admin");
        UserSummary me = users.createUser(new NewUser(unique("selfadmin"), "Self Admin", null, Set.of(Role.ADMIN),
                GOOD_PASSWORD));
        open(me.username(), "admin/users");
        filterBy(me.username());
        _click(rowButton("edit-" + me.username()));

        assertThat(_find(CheckboxGroup.class, spec -> spec.withId("user-roles"))).as("roles not offered").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("user-own-roles")).getText())
                .contains("Administrator", "Another administrator changes them");
    }

    @Test
    void aGrantOfPatientDataToAnAdministratorWaitsForASecondAdministratorWhoApprovesItHere() {
        signInAs("admin");
        UserSummary second = users.createUser(new NewUser(unique("second"), "Second Admin", null, Set.of(Role.ADMIN),
                GOOD_PASSWORD));
        UserSummary target = users.createUser(new NewUser(unique("target"), "Target Admin", null,
                Set.of(Role.ADMIN), GOOD_PASSWORD));
        open("admin", "admin/users");
        filterBy(target.username());
        _click(rowButton("edit-" + target.username()));
        rolesField().setValue(Set.of(Role.ADMIN, Role.CLINICIAN));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(notifications()).anyMatch(n -> n.contains("Clinician waits for another administrator's approval"));
        assertThat(users.getUser(target.id()).roles()).containsExactly(Role.ADMIN);
        assertThat(pendingButtons(target.username())).as("the administrator who asked cannot approve")
                .extracting(Button::getText).containsExactly("Withdraw");

        open(second.username(), "admin/users");
        _click(pendingButtons(target.username()).stream().filter(b -> b.getText().equals("Approve")).findFirst()
                .orElseThrow());

        assertThat(users.getUser(target.id()).roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CLINICIAN);
        assertThat(notifications()).contains("Granted to " + target.username() + ".");
    }

    /** The buttons on the pending grant row of this user. */
    private static java.util.List<Button> pendingButtons(String username) {
        @SuppressWarnings("unchecked")
        Grid<com.pathway.security.PendingRoleGrant> pending = _get(Grid.class,
                spec -> spec.withId("pending-grants-grid"));
        for (int row = 0; row < GridKt._size(pending); row++) {
            if (GridKt._get(pending, row).username().equals(username)) {
                return _find(GridKt._getCellComponent(pending, row, "actions"), Button.class);
            }
        }
        throw new AssertionError("No pending grant for " + username);
    }

    private UserSummary createUser(String prefix) {
        return users.createUser(new NewUser(unique(prefix), "Test " + prefix, null, Set.of(Role.INTAKE_COORDINATOR),
                GOOD_PASSWORD));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void fillNewUser(String username, String name, String email, Set<Role> roles, String password) {
        textField("user-username").setValue(username);
        textField("user-display-name").setValue(name);
        textField("user-email").setValue(email);
        rolesField().setValue(roles);
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue(password);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static void filterBy(String text) {
        textField("users-filter").setValue(text);
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> rolesField() {
        return _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
    }

    private static Button rowButton(String id) {
        assertThat(GridKt._size(grid())).isEqualTo(1);
        return _get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, spec -> spec.withId(id));
    }
}
