package com.pathway.ui;

import java.util.List;
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
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
// The navigation's items and icons are markup: their web components must still be in the bundle.
@Uses(SideNavItem.class)
@Uses(Icon.class)
// The dose of an infusion session (clinic.treatment.ui.SessionRowEditors): the production bundle's scan of the
// views' classes does not reach that row, and the field would be an empty box without it.
@Uses(BigDecimalField.class)
@CssImport("./styles/pathway.css")
@StyleSheet("context://styles/tasks.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * Run on the navigation each time it is attached: it remembers whether the keyboard's focus is in it (until focus
     * goes anywhere else on the page), which {@link #KEEP_FOCUS} needs once the focused item has been replaced.
     */
    private static final String TRACK_FOCUS = "const nav = this; if (nav.__tracksFocus) { return; }"
            + " nav.__tracksFocus = true;"
            + " document.addEventListener('focusin', e => { nav.__hasFocus = nav.contains(e.target); }, true);";

    /** Puts the focus back on the item of the page just opened ($0) when it was in the navigation. */
    private static final String KEEP_FOCUS = "if (!this.__hasFocus"
            + " || (document.activeElement && document.activeElement !== document.body)) { return; }"
            + " const item = Array.from(this.querySelectorAll('vaadin-side-nav-item'))"
            + ".find(i => i.getAttribute('path') === $0);"
            // the item's link is drawn in its shadow root once the new item has rendered
            + " if (item) { Promise.resolve(item.updateComplete).then(() => {"
            + " const link = item.shadowRoot && item.shadowRoot.querySelector('a'); if (link) { link.focus(); } }); }";

    private final TaskService tasks;
    private final SideNav nav = new SideNav();
    private final List<MenuEntry> entries;
    /** Whether Home shows a count of the user's work (a user who may see tasks). */
    private final boolean homeCounted;
    /** The counts Home's badge shows, or null before the first navigation. */
    private WorkCounts shownCounts;

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

        // The navigation is markup too: the side nav's web component reads its items from the page, and the server
        // keeps one element instead of three or four for each item.
        nav.setId("main-nav");
        nav.addAttachListener(e -> nav.getElement().executeJs(TRACK_FOCUS));
        entries = MenuConfiguration.getMenuEntries();
        homeCounted = taskPermissions.may(TaskAction.VIEW);
        if (!homeCounted) {
            // a user with a count gets the navigation with it after the first navigation, in the same response
            showNavigation(null);
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
        if (homeCounted) {
            WorkCounts counts = tasks.myCounts();
            if (!counts.equals(shownCounts)) {
                // Only a changed count sends the navigation again (a few hundred bytes). Its items are made anew, so
                // a keyboard user who chose one stays on it.
                boolean first = shownCounts == null;
                showNavigation(counts);
                if (!first) {
                    nav.getElement().executeJs(KEEP_FOCUS, event.getLocation().getPath());
                }
            }
        }
        // A page opened from another starts at its top, not where the last page was scrolled to.
        if (getContent() != null) {
            getContent().getElement().executeJs("let e = this;"
                    + " while (e) { if (e.scrollTop) { e.scrollTop = 0; }"
                    + " e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
                    + " window.scrollTo(0, 0);");
        }
    }

    /**
     * The views the user may open, as side navigation items with their icons; Home with its badge when
     * {@code counts} is given.
     */
    private void showNavigation(WorkCounts counts) {
        Element items = Markup.block();
        for (MenuEntry entry : entries) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            Element item = items.appendElement("vaadin-side-nav-item").attr("path", path).text(entry.title());
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            if (path.isEmpty() && counts != null) {
                workCount(item, counts);
            }
        }
        Markup.show(nav, items);
        shownCounts = counts;
    }

    /** Home's badge: overdue and due-today tasks and unread notices; none when there are none. */
    private static void workCount(Element item, WorkCounts counts) {
        long total = counts.attention() + counts.unreadNotices();
        if (total == 0) {
            return;
        }
        Element badge = item.appendElement("span").attr("slot", "suffix").id("nav-work-count")
                .addClass("pathway-nav-count").text(String.valueOf(total))
                .attr("title", counts.overdue() + " overdue, " + counts.dueToday() + " due today, "
                        + counts.unreadNotices() + " unread notices");
        if (counts.overdue() > 0) {
            badge.addClass("pathway-nav-count-overdue");
        }
    }
}
