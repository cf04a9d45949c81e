package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditService;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * For every role, which service calls method security lets through. The calls use arguments that fail
 * harmlessly after the security check (unknown ids, invalid input), so nothing changes; what matters is
 * whether the call got past {@code @PreAuthorize}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodSecurityTest {

    record Call(String name, boolean adminOnly, Consumer<MethodSecurityTest> invoke) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final long UNKNOWN = Long.MAX_VALUE;
    static final NewUser INVALID_USER = new NewUser("x", "", null, EnumSet.noneOf(Role.class), "");

    static final List<Call> CALLS = List.of(
            new Call("UserService.findUsers", true, t -> t.users.findUsers("", Pageable.ofSize(1))),
            new Call("UserService.countUsers", true, t -> t.users.countUsers("")),
            new Call("UserService.getUser", true, t -> t.users.getUser(UNKNOWN)),
            new Call("UserService.createUser", true, t -> t.users.createUser(INVALID_USER)),
            new Call("UserService.updateUser", true,
                    t -> t.users.updateUser(UNKNOWN, new UserChanges("x", null, EnumSet.of(Role.ADMIN), 0))),
            new Call("UserService.deactivate", true, t -> t.users.deactivate(UNKNOWN)),
            new Call("UserService.reactivate", true, t -> t.users.reactivate(UNKNOWN)),
            new Call("UserService.unlock", true, t -> t.users.unlock(UNKNOWN)),
            new Call("UserService.resetPassword", true, t -> t.users.resetPassword(UNKNOWN, "")),
            new Call("AuditService.search", true, t -> t.audit.search(AuditFilter.none(), Pageable.ofSize(1))),
            new Call("AuditService.count", true, t -> t.audit.count(AuditFilter.none())),
            new Call("AuditService.knownActions", true, t -> t.audit.knownActions()),
            new Call("UserService.myAccount", false, t -> t.users.myAccount()),
            new Call("UserService.changeOwnPassword", false, t -> t.users.changeOwnPassword("wrong", "")),
            new Call("ApiTokenService.myTokens", false, t -> t.tokens.myTokens()),
            new Call("ApiTokenService.create", false, t -> t.tokens.create("")),
            new Call("ApiTokenService.revoke", false, t -> t.tokens.revoke(UNKNOWN)));

    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AuditService audit;
    @Autowired
    TestAccounts accounts;

    private final Map<Role, String> userByRole = new EnumMap<>(Role.class);

    @BeforeAll
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            String name = TestAccounts.uniqueName(role.name().toLowerCase().replace('_', '-'));
            accounts.create(name, role);
            userByRole.put(role, name);
        }
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    Stream<Arguments> everyRoleAndCall() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Call call : CALLS) {
                cases.add(Arguments.of(role, call, role == Role.ADMIN || !call.adminOnly()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("everyRoleAndCall")
    void rolesGetExactlyTheirRights(Role role, Call call, boolean allowed) {
        accounts.signIn(userByRole.get(role));

        Throwable thrown = catchThrowable(() -> call.invoke().accept(this));

        if (allowed) {
            assertThat(thrown instanceof AccessDeniedException).as("%s may call %s, got %s", role, call, thrown)
                    .isFalse();
        } else {
            assertThat(thrown).as("%s may not call %s", role, call).isInstanceOf(AccessDeniedException.class);
        }
    }

    Stream<Call> everyCall() {
        return CALLS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void nobodySignedInMayCallAnything(Call call) {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> call.invoke().accept(this))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void anAnonymousVisitorMayCallNothing(Call call) {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> call.invoke().accept(this)).isInstanceOf(AccessDeniedException.class);
    }
}
