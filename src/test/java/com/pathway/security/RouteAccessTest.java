package com.pathway.security;

import static com.pathway.support.Caller.ADMIN;
import static com.pathway.support.Caller.CLINICIAN;
import static com.pathway.support.Caller.EVERYONE;
import static com.pathway.support.Caller.INTAKE_COORDINATOR;
import static com.pathway.support.Caller.MANAGER;
import static com.pathway.support.Caller.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import com.pathway.support.Caller;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * The role × route table: for every route of the UI ({@code @Route} classes under {@code com.pathway}), which
 * callers its access annotation ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}) lets in,
 * judged by Vaadin's own {@link AccessAnnotationChecker}, the checker the navigation access control uses. A
 * route without a row fails with the row to add. Views only guard the door; the services behind them enforce
 * again (see {@link MethodSecurityTest}).
 */
class RouteAccessTest {

    /** Who may open each route (its path template, as in {@code @Route}). */
    static final Map<String, Set<Caller>> ROWS = Caller.table(
            route("/", SIGNED_IN),
            route("/admin/audit", ADMIN),
            route("/admin/board", ADMIN),
            route("/admin/treatment", ADMIN),
            route("/admin/clinical-forms", ADMIN),
            route("/admin/hours", ADMIN),
            route("/admin/audit/emergency", ADMIN),
            route("/admin/mail-templates", ADMIN),
            route("/admin/outbox", ADMIN),
            route("/admin/users", ADMIN),
            route("/admin/webhooks", ADMIN),
            route("/admin/workflows", ADMIN),
            route("/change-password", SIGNED_IN), // a password an administrator set is changed here; others go home
            route("/items", ADMIN),
            route("/items/:key", ADMIN),
            route("/board", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            route("/dashboard", MANAGER, ADMIN),
            route("/leads", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            route("/leads/:key", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            route("/leads/:key/merge", INTAKE_COORDINATOR, MANAGER),
            route("/leads/:key/sessions/:id/print", CLINICIAN), // a session's printable summary: clinical
            route("/leads/import", INTAKE_COORDINATOR),
            route("/leads/new", INTAKE_COORDINATOR, MANAGER),
            route("/login", EVERYONE),
            route("/my-patients", CLINICIAN),
            route("/notifications", SIGNED_IN),
            route("/profile", SIGNED_IN),
            route("/profile/email", SIGNED_IN), // one's own e-mail settings
            route("/unsubscribe", EVERYONE), // the public page of an unsubscribe link; only a signed token withdraws
            route("/two-factor", SIGNED_IN)); // the second step of signing in; a finished sign-in is sent home

    final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteHasARowAndLetsInExactlyItsCallers() {
        Map<String, Class<?>> routes = routes();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        routes.forEach((path, view) -> {
            Set<Caller> admitted = EnumSet.noneOf(Caller.class);
            for (Caller caller : Caller.values()) {
                if (checker.hasAccess(view, principal(caller),
                        role -> caller.role().map(r -> r.name().equals(role)).orElse(false))) {
                    admitted.add(caller);
                }
            }
            String observedRow = "route(\"" + path + "\", " + Caller.asRow(admitted) + "), // " + view.getName();
            Set<Caller> expected = ROWS.get(path);
            if (expected == null) {
                missing.add(observedRow);
            } else if (!expected.equals(admitted)) {
                wrong.add(observedRow + " but the table says " + Caller.asRow(expected));
            }
        });
        List<String> stale = ROWS.keySet().stream().filter(p -> !routes.containsKey(p)).toList();

        assertThat(missing.isEmpty() && wrong.isEmpty() && stale.isEmpty()).as("""
                Routes without a row in RouteAccessTest.ROWS; add these rows after checking that the callers \
                (as the route's annotation admits them now) are the intended ones:
                %s
                Routes whose annotation admits other callers than their row:
                %s
                Rows for routes that no longer exist (remove them):
                %s
                """, String.join("\n", missing), String.join("\n", wrong), String.join("\n", stale)).isTrue();
    }

    private static Principal principal(Caller caller) {
        return caller.signedIn() ? UsernamePasswordAuthenticationToken.authenticated(caller.name(), null, List.of())
                : null;
    }

    /** Every {@code @Route} view under {@code com.pathway}, by its path ("/" + the route template). */
    static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("com.pathway")) {
            try {
                Class<?> view = Class.forName(definition.getBeanClassName());
                routes.put("/" + template(view), view);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /** The route's template; without one, Vaadin's naming convention ("OrdersView" is "orders", "MainView" ""). */
    private static String template(Class<?> view) {
        String value = view.getAnnotation(Route.class).value();
        if (!Route.NAMING_CONVENTION.equals(value)) {
            return value;
        }
        String name = view.getSimpleName().replaceFirst("View$", "").toLowerCase(Locale.ROOT);
        return name.equals("main") ? "" : name;
    }

    private static Map.Entry<String, Set<Caller>> route(String path, Caller... callers) {
        return Map.entry(path, Caller.setOf(callers));
    }
}
