package com.pathway.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.jsoup.nodes.Element;

import com.pathway.notifications.NotificationService;
import com.pathway.notifications.ui.NotificationBell;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ui.Markup;
import com.pathway.tasks.TaskAction;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.WorkCounts;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every signed-in page: the clinic's name, the navigation (only the views the
 * signed-in role may open, found through their {@code @Menu}), and who is signed in with a sign-out
 * button.
 */
@Layout
@PermitAll
@CssImport("./styles/pathway.css")
@StyleSheet("context://styles/tasks.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final TaskService tasks;
    private SideNavItem homeItem;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ClinicProperties clinic,
            NotificationService notifications, TaskService tasks, TaskPermissions taskPermissions) {
        this.tasks = tasks;
        addClassName("pathway-layout");
        setPrimarySection(Section.DRAWER);

        // Read-only text in the frame of every page is sent as markup (escaped by jsoup): each session keeps the
        // frame's elements for as long as it is open.
        Element brandText = Markup.block();
        brandText.appendElement("span").addClass("pathway-product").text("Pathway");
        brandText.appendElement("h1").addClass("pathway-title").text(clinic.name());
        Div brand = new Div();
        brand.addClassName("pathway-brand");
        Markup.show(brand, brandText);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            if ((entry.path().isEmpty() || "/".equals(entry.path())) && taskPermissions.may(TaskAction.VIEW)) {
                homeItem = item;
            }
            nav.addItem(item);
        }
        // The API reference is linked from Profile, beside the personal API tokens it is used with.
        addToDrawer(brand, nav);

        Element whoText = Markup.block();
        whoText.appendElement("span").addClass("pathway-user-name").id("signed-in-user").text(currentUser.displayName());
        whoText.appendElement("span").addClass("pathway-user-roles")
                .text(currentUser.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
        Div who = new Div();
        who.addClassName("pathway-user");
        Markup.show(who, whoText);
        Avatar avatar = new Avatar(currentUser.displayName());
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), new Div(),
                new NotificationBell(notifications), avatar, who, signOut);
        header.addClassName("pathway-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        addToNavbar(header);
    }

    /** The badge follows the user's work: it is counted again on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (homeItem != null) {
            homeItem.setSuffixComponent(workCount(tasks.myCounts()));
        }
        // A page opened from another starts at its top, not where the last page was scrolled to.
        if (getContent() != null) {
            getContent().getElement().executeJs("let e = this;"
                    + " while (e) { if (e.scrollTop) { e.scrollTop = 0; }"
                    + " e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
                    + " window.scrollTo(0, 0);");
        }
    }

    /** Home's badge: overdue and due-today tasks and unread notices; hidden when there are none. */
    private static Span workCount(WorkCounts counts) {
        long total = counts.attention() + counts.unreadNotices();
        Span badge = new Span(String.valueOf(total));
        badge.setId("nav-work-count");
        badge.addClassName("pathway-nav-count");
        if (counts.overdue() > 0) {
            badge.addClassName("pathway-nav-count-overdue");
        }
        badge.getElement().setAttribute("title", counts.overdue() + " overdue, " + counts.dueToday()
                + " due today, " + counts.unreadNotices() + " unread notices");
        badge.setVisible(total > 0);
        return badge;
    }
}
