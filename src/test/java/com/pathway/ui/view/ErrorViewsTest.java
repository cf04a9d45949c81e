package com.pathway.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.pathway.support.ViewTest;
import com.pathway.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;

class ErrorViewsTest extends ViewTest {

    @Test
    void anIntakeCoordinatorOpeningTheUsersPageIsToldPlainlyInsideTheApp() {
        open("intake", "admin/users");

        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("You don't have access to this page");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_get(RouterLink.class, spec -> spec.withId("error-home")).getHref()).isEmpty();
    }

    @Test
    void aClinicianOpeningTheAuditTrailIsToldPlainly() {
        open("clinician", "admin/audit");

        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("You don't have access to this page");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void anUnknownAddressShowsANotFoundPageWithoutListingRoutes() {
        signInAs("manager");
        UI ui = UI.getCurrent();
        // As a browser does when the address is typed: the router itself resolves the location.
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("This page does not exist");
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .doesNotContain("admin/users", "admin/audit", "profile");
        assertThat(_find(SideNav.class, spec -> spec.withId("main-nav"))).hasSize(1);
    }

    @Test
    void anAdministratorReachesTheUsersPage() {
        open("admin", "admin/users");

        assertThat(_find(H2.class, spec -> spec.withId("error-title"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("users-grid"))).hasSize(1);
    }
}
