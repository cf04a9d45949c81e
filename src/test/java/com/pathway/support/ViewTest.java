package com.pathway.support;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * Browserless view tests: the whole application context with the demo users, Vaadin faked in memory
 * by Karibu-Testing, and a real signed-in user (loaded through the application's own
 * {@link UserDetailsService}, so services see the same principal as after a sign-in). Each test also fails when its
 * UI asked the browser for a function the pages' Content-Security-Policy refuses ({@link ClientFunctions}).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public abstract class ViewTest {

    public static final String DEMO_PASSWORD = "Pathway-demo-2026";

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.pathway");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void setUpVaadin() {
        // Other test classes start application contexts of their own, each installing its own strategy;
        // this context's services read the security context through this one.
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        ClientFunctions.start();
    }

    @AfterEach
    void tearDownVaadin() {
        try {
            // every function the view asked the browser to build must pass the pages' Content-Security-Policy
            ClientFunctions.check();
        } finally {
            signOut();
            MockVaadin.tearDown();
        }
    }

    /** Signs in as an existing user, e.g. one of the demo users {@code admin}, {@code intake}. */
    protected void signInAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        List<String> roles = user.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** The texts of the notifications on screen now. */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    /** Signs in and opens the view at {@code route}, as a browser would after clicking a link. */
    protected void open(String username, String route) {
        // what the page showing now asked of the browser reaches it before the next page opens, as in a browser,
        // where clicking and following a link are requests of their own
        MockVaadin.clientRoundtrip(false);
        signInAs(username);
        UI.getCurrent().navigate(route);
    }
}
