package com.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads the Lumo theme, Pathway's own styles (frontend/styles) and the contrast settings that keep
 * text at WCAG 2.1 AA (styles/contrast.css) for every page. Server push is turned on by the pages that
 * need it (the board), not here.
 */
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
