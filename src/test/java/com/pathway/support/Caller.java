package com.pathway.support;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.pathway.security.Role;

/**
 * Who calls, in the access tables of the role × call, role × endpoint and role × route tests: a user with
 * exactly one role, a signed-in user with no role, and nobody signed in.
 */
public enum Caller {
    INTAKE_COORDINATOR(Role.INTAKE_COORDINATOR),
    CLINICIAN(Role.CLINICIAN),
    MANAGER(Role.MANAGER),
    ADMIN(Role.ADMIN),
    NO_ROLE(null),
    ANONYMOUS(null);

    /** Every signed-in user, whatever their roles: for what is deliberately open to all staff. */
    public static final Caller[] SIGNED_IN = {INTAKE_COORDINATOR, CLINICIAN, MANAGER, ADMIN, NO_ROLE};
    /** Everybody, signed in or not. */
    public static final Caller[] EVERYONE = values();
    /** Nobody at all (a method no caller gets past). */
    public static final Caller[] NOBODY = {};

    private final Role role;

    Caller(Role role) {
        this.role = role;
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public boolean signedIn() {
        return this != ANONYMOUS;
    }

    public static Set<Caller> setOf(Caller... callers) {
        return callers.length == 0 ? EnumSet.noneOf(Caller.class) : EnumSet.copyOf(Arrays.asList(callers));
    }

    /** The callers as a row of a table would name them: {@code SIGNED_IN}, or {@code MANAGER, ADMIN}. */
    public static String asRow(Set<Caller> callers) {
        if (callers.equals(setOf(EVERYONE))) {
            return "EVERYONE";
        }
        if (callers.equals(setOf(SIGNED_IN))) {
            return "SIGNED_IN";
        }
        if (callers.isEmpty()) {
            return "NOBODY";
        }
        return callers.stream().map(Caller::name).collect(Collectors.joining(", "));
    }

    /** An access table in the order written: one row per method, operation or route; a second row for one fails. */
    @SafeVarargs
    public static Map<String, Set<Caller>> table(Map.Entry<String, Set<Caller>>... rows) {
        Map<String, Set<Caller>> table = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Caller>> row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException("Two rows for " + row.getKey());
            }
        }
        return table;
    }
}
