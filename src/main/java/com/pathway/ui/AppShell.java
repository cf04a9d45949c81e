package com.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Loads the Lumo theme and Pathway's own styles (frontend/styles) for every page. */
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pathway");
        settings.addFavIcon("icon", "icons/pathway.svg", "any");
    }
}
