package com.pathway.ui.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The plain content of an error page: what happened, in one sentence, and the way home. */
final class ErrorPage extends VerticalLayout {

    ErrorPage(String id, String title, String explanation) {
        setId(id);
        addClassName("pathway-page");
        H2 heading = new H2(title);
        heading.setId("error-title");
        RouterLink home = new RouterLink("Go to the home page", HomeView.class);
        home.setId("error-home");
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.addClassName("pathway-error-icon");
        add(icon, heading, new Paragraph(explanation), home);
    }
}
