package com.pathway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.ApiToken;
import com.pathway.security.internal.ApiTokenRepository;
import com.pathway.security.internal.OpenSessions;
import com.pathway.security.internal.RoleGrantRequest;
import com.pathway.security.internal.RoleGrantRequestRepository;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/**
 * Users and their roles. Administrators manage everyone but their own roles; every signed-in user manages
 * their own password. Users are never deleted, only deactivated. A grant that would let an administrator
 * read patient data waits for a second administrator ({@link RoleGrants}, {@link RoleGrantService}).
 * Deactivating an account, resetting its password or taking a role away ends its open sessions at once.
 * Every change is announced as a {@link SecurityAuditEvent} inside the same transaction.
 */
@Service
@Transactional
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final OpenSessions sessions;
    private final RoleGrantRequestRepository grantRequests;
    private final Clock clock;

    public UserService(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, CurrentUser currentUser, ApplicationEventPublisher events,
            OpenSessions sessions, RoleGrantRequestRepository grantRequests, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.grantRequests = grantRequests;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public Page<UserSummary> findUsers(String filter, Pageable pageable) {
        return users.search(likePattern(filter), pageable).map(this::toSummary);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long countUsers(String filter) {
        return users.search(likePattern(filter), Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public UserSummary getUser(long id) {
        return toSummary(load(id));
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary createUser(NewUser request) {
        String username = normalise(request.username());
        Validation v = new Validation();
        v.check(USERNAME.matcher(username).matches(), "username",
                "Use 3 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit.");
        v.check(v.hasErrors("username") || !users.existsByUsername(username), "username",
                "This user name is already taken.");
        checkProfile(v, request.displayName(), request.email(), request.roles());
        List<String> passwordProblems = passwordPolicy.problems(username, request.password());
        v.check(passwordProblems.isEmpty(), "password", String.join(" ", passwordProblems));
        v.throwIfInvalid();

        Set<Role> pending = RoleGrants.needingApproval(Set.of(), request.roles());
        Set<Role> granted = without(request.roles(), pending);
        UserAccount account = new UserAccount(username, request.displayName().strip(),
                blankToNull(request.email()), granted, passwordEncoder.encode(request.password()), now());
        account.setPasswordByAdministrator(account.getPasswordHash(), now());
        UserAccount user = users.save(account);
        publish("USER_CREATED", user, Map.of("roles", sortedNames(user.getRoles())));
        requestGrant(user, pending);
        return toSummary(user);
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary updateUser(long id, UserChanges changes) {
        UserAccount user = load(id);
        if (user.getVersion() != changes.expectedVersion()) {
            throw new ConflictException("Someone else changed this user meanwhile. Reload to see their changes.");
        }
        Validation v = new Validation();
        checkProfile(v, changes.displayName(), changes.email(), changes.roles());
        Set<Role> before = user.getRoles();
        v.check(!isSelf(user) || changes.roles() == null || before.equals(changes.roles()), "roles",
                "You cannot change your own roles; ask another administrator.");
        v.throwIfInvalid();

        Set<Role> pending = RoleGrants.needingApproval(before, changes.roles());
        Set<Role> after = without(changes.roles(), pending);
        user.updateProfile(changes.displayName().strip(), blankToNull(changes.email()), after, now());
        Map<String, Object> details = new LinkedHashMap<>();
        if (!before.equals(after)) {
            details.put("rolesBefore", sortedNames(before));
            details.put("rolesAfter", sortedNames(after));
        }
        boolean roleRemoved = !after.containsAll(before);
        if (roleRemoved) {
            details.put("sessionsEnded", sessions.endAll(user.getUsername(), SessionEnd.BY_ADMINISTRATOR));
        }
        publish("USER_UPDATED", user, details);
        requestGrant(user, pending);
        return toSummary(users.saveAndFlush(user));
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary deactivate(long id) {
        UserAccount user = load(id);
        if (isSelf(user)) {
            throw InvalidInputException.of("", "You cannot deactivate your own account.");
        }
        user.deactivate(now());
        tokens.findByUserIdOrderByCreatedAtDesc(user.getId()).forEach(t -> t.revoke(now()));
        int ended = sessions.endAll(user.getUsername(), SessionEnd.BY_ADMINISTRATOR);
        publish("USER_DEACTIVATED", user, Map.of("sessionsEnded", ended));
        return toSummary(user);
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary reactivate(long id) {
        UserAccount user = load(id);
        user.reactivate(now());
        publish("USER_REACTIVATED", user, Map.of());
        return toSummary(user);
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary unlock(long id) {
        UserAccount user = load(id);
        user.unlock(now());
        publish("USER_UNLOCKED", user, Map.of());
        return toSummary(user);
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary resetPassword(long id, String newPassword) {
        UserAccount user = load(id);
        List<String> problems = passwordPolicy.problems(user.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("password", String.join(" ", problems));
        }
        user.setPasswordByAdministrator(passwordEncoder.encode(newPassword), now());
        user.unlock(now());
        // Whoever knew the old password may have signed in or made tokens with it: all of that ends.
        List<ApiToken> revoked = tokens.findByUserIdOrderByCreatedAtDesc(user.getId()).stream()
                .filter(t -> t.getRevokedAt() == null).toList();
        revoked.forEach(t -> {
            t.revoke(now());
            events.publishEvent(new SecurityAuditEvent("API_TOKEN_REVOKED", currentUser.usernameOrSystem(),
                    "API_TOKEN", String.valueOf(t.getId()), true, null,
                    Map.of("name", t.getName(), "username", user.getUsername(), "reason", "password reset")));
        });
        int ended = sessions.endAll(user.getUsername(), SessionEnd.BY_ADMINISTRATOR);
        publish("USER_PASSWORD_RESET", user, Map.of("tokensRevoked", revoked.size(), "sessionsEnded", ended));
        return toSummary(user);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        UserAccount user = me();
        return new MyAccount(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                user.getLastLoginAt(), user.getPreviousLoginAt(), user.getPasswordChangedAt(),
                tokens.countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(user.getId(), now()));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = me();
        Validation v = new Validation();
        v.check(currentPassword != null && passwordEncoder.matches(currentPassword, user.getPasswordHash()),
                "currentPassword", "This is not your current password.");
        List<String> problems = passwordPolicy.problems(user.getUsername(), newPassword);
        v.check(problems.isEmpty(), "newPassword", String.join(" ", problems));
        v.check(v.hasErrors("newPassword") || !passwordEncoder.matches(newPassword, user.getPasswordHash()),
                "newPassword", "Choose a password different from the current one.");
        v.throwIfInvalid();
        user.changePassword(passwordEncoder.encode(newPassword), now());
        // Sessions signed in with the old password elsewhere end; this one goes on.
        int ended = sessions.endOthers(user.getUsername(), SessionEnd.BY_USER);
        publish("PASSWORD_CHANGED", user, Map.of("otherSessionsEnded", ended));
    }

    /** Records the roles that wait for a second administrator, if any. */
    private void requestGrant(UserAccount user, Set<Role> roles) {
        if (roles.isEmpty()) {
            return;
        }
        RoleGrantRequest request = grantRequests.save(
                new RoleGrantRequest(user.getId(), roles, currentUser.usernameOrSystem(), now()));
        publish("ROLE_GRANT_REQUESTED", user, Map.of("roles", sortedNames(roles), "grantRequest", request.getId()));
    }

    private static Set<Role> without(Set<Role> roles, Set<Role> removed) {
        Set<Role> rest = roles == null || roles.isEmpty() ? java.util.EnumSet.noneOf(Role.class)
                : java.util.EnumSet.copyOf(roles);
        rest.removeAll(removed);
        return rest;
    }

    private void checkProfile(Validation v, String displayName, String email, Set<Role> roles) {
        v.check(!Validation.isBlank(displayName) && displayName.strip().length() <= 120, "displayName",
                "Enter the person's name (at most 120 characters).");
        v.check(Validation.isBlank(email) || (email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches()),
                "email", "Enter a valid e-mail address, or leave it empty.");
        v.check(roles != null && !roles.isEmpty(), "roles", "Choose at least one role.");
    }

    private UserAccount me() {
        String username = currentUser.username()
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id + "."));
    }

    private boolean isSelf(UserAccount user) {
        return currentUser.username().map(user.getUsername()::equals).orElse(false);
    }

    private void publish(String action, UserAccount user, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("username", user.getUsername());
        events.publishEvent(new SecurityAuditEvent(action, currentUser.usernameOrSystem(), "USER",
                String.valueOf(user.getId()), true, null, all));
    }

    UserSummary toSummary(UserAccount u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
                u.isActive(), u.isLockedAt(now()), u.getLockedUntil(), u.getLastLoginAt(), u.getCreatedAt(),
                u.getVersion());
    }

    private Instant now() {
        return clock.instant();
    }

    private static String likePattern(String filter) {
        return UserAccountRepository.containsPattern(filter);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> sortedNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
