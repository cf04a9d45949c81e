package com.pathway.security;

import static com.pathway.support.Caller.ADMIN;
import static com.pathway.support.Caller.CLINICIAN;
import static com.pathway.support.Caller.EVERYONE;
import static com.pathway.support.Caller.INTAKE_COORDINATOR;
import static com.pathway.support.Caller.MANAGER;
import static com.pathway.support.Caller.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import com.pathway.support.Caller;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * The role × route table: for every route of the UI ({@code @Route} classes under {@code com.pathway}), which
 * callers its access annotation ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}) lets in,
 * judged by Vaadin's own {@link AccessAnnotationChecker}, the checker the navigation access control uses. A
 * route without a row fails with the row to add. The few pages outside Vaadin (plain HTML forms) have their
 * own rows, {@link #PAGES}, checked through the real security chain. Views only guard the door; the services
 * behind them enforce again (see {@link MethodSecurityTest}).
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
            route("/admin/inquiries", ADMIN), // web inquiries waiting or failed, by reference, never their forms
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
            route("/inquiries/set-aside", INTAKE_COORDINATOR, MANAGER), // web inquiries to enter by hand
            route("/login", EVERYONE),
            route("/my-patients", CLINICIAN),
            route("/notifications", SIGNED_IN),
            route("/profile", SIGNED_IN),
            route("/profile/email", SIGNED_IN), // one's own e-mail settings
            route("/unsubscribe", EVERYONE), // the public page of an unsubscribe link; only a signed token withdraws
            // setting up the second step at sign-in when the roles require it; a finished sign-in is sent home
            route("/two-factor/set-up", SIGNED_IN));

    /**
     * Who gets past security to each page outside Vaadin (a Spring MVC handler outside {@code /api/**}, which
     * {@link ApiAccessTest} covers), as "METHOD /path". A page without a row fails with the row to add.
     */
    static final Map<String, Set<Caller>> PAGES = Caller.table(
            // the second step's code, a plain form: only a session whose code is due sees it; others are sent on
            route("GET /two-factor", SIGNED_IN),
            route("POST /two-factor", SIGNED_IN));

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

    @Test
    void everyPageOutsideVaadinHasARow() {
        Set<String> pages = pages();
        assertThat(pages).as("""
                Pages outside Vaadin (MVC handlers outside /api) and the rows of RouteAccessTest.PAGES must match: \
                add a row for a new page (which callers the security chain lets in), remove the row of one that is \
                gone""").containsExactlyInAnyOrderElementsOf(PAGES.keySet());
    }

    /** The rows of {@link #PAGES} hold: each caller in a row gets past security, every other is sent to sign in. */
    @Nested
    @IntegrationTest
    class PagesOutsideVaadin {

        @Autowired
        MockMvc mvc;
        @Autowired
        TestAccounts accounts;

        @Test
        void eachPageLetsInExactlyItsCallers() throws Exception {
            Map<Caller, String> users = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.SIGNED_IN) {
                users.put(caller, accounts.create(TestAccounts.uniqueName("page-" + caller.name().toLowerCase(Locale.ROOT)),
                        caller.role().stream().toArray(Role[]::new)).getUsername());
            }
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, Set<Caller>> row : PAGES.entrySet()) {
                String[] page = row.getKey().split(" ", 2);
                Set<Caller> admitted = EnumSet.noneOf(Caller.class);
                for (Caller caller : Caller.values()) {
                    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(page[0]), page[1]).with(csrf());
                    if (caller.signedIn()) {
                        request.with(authentication(accounts.authentication(users.get(caller))));
                    }
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    boolean refused = response.getStatus() == 401 || response.getStatus() == 403
                            || String.valueOf(response.getRedirectedUrl()).endsWith("/login");
                    if (!refused) {
                        admitted.add(caller);
                    }
                }
                if (!admitted.equals(row.getValue())) {
                    wrong.add("%s lets in %s but the table says %s".formatted(row.getKey(), Caller.asRow(admitted),
                            Caller.asRow(row.getValue())));
                }
            }
            assertThat(wrong).as("Pages that let in other callers than their row").isEmpty();
        }
    }

    /** "METHOD /path" of every Spring MVC handler under {@code com.pathway} outside {@code /api/**}. */
    static Set<String> pages() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<String> pages = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("com.pathway")) {
            Class<?> controller;
            try {
                controller = Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            List<String> prefixes = onClass == null || onClass.path().length == 0 ? List.of("") : List.of(onClass.path());
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                for (String prefix : prefixes) {
                    for (String path : paths) {
                        String full = prefix + path;
                        if (!full.startsWith("/api/")) {
                            for (RequestMethod verb : mapping.method()) {
                                pages.add(verb.name() + " " + full);
                            }
                        }
                    }
                }
            }
        }
        return pages;
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
