package com.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads the Lumo theme, Pathway's own styles (frontend/styles) and the contrast settings that keep
 * text at WCAG 2.1 AA (styles/contrast.css) for every page. Server push is turned on by the pages that
 * need it (the board), not here.
 * <p>
 * Every page's components load with the first page ({@code @LoadDependenciesOnStartup}). By default a production
 * bundle loads a view's components when the view is opened, and finds them by following the view's classes; a
 * dialog reached through a service or an interface (the treatment course and session dialogs of the lead page)
 * was then left without its number fields in production, drawn as empty boxes.
 */
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/contrast.css")
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pathway");
        settings.addFavIcon("icon", "icons/pathway.svg", "any");
    }
}
