package com.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads the Lumo theme, Pathway's own styles (frontend/styles) and the contrast settings that keep
 * text at WCAG 2.1 AA (styles/contrast.css) for every page, and turns on server push for live pages
 * (the board). Push uses {@code WEBSOCKET_XHR}: the server sends over a WebSocket, while everything the
 * browser sends goes as ordinary requests through the security filters (sign-in, CSRF, the session's
 * idle and lifetime rules); the push connection itself never counts as activity.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/contrast.css")
@com.vaadin.flow.component.page.Push(transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pathway");
        settings.addFavIcon("icon", "icons/pathway.svg", "any");
    }
}
