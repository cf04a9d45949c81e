package com.pathway.security.web;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Puts the two scripts that let Vaadin's client run without {@code eval} at the very start of every Vaadin page's
 * head, before the client loads: {@code scripts/known-functions.js} replaces {@code window.Function} with a
 * look-up, and {@code scripts/known-functions-list.js} lists the functions (see the first script). The pages'
 * Content-Security-Policy leaves {@code 'unsafe-eval'} out ({@link SecurityConfiguration#CONTENT_SECURITY_POLICY}).
 */
@Component
public class KnownFunctionScripts implements VaadinServiceInitListener {

    /**
     * The scripts, under the application's root, in the order they must run. Their addresses are absolute: they come
     * before the page's {@code <base>}, so a relative one would be read against the page's own address
     * ({@code /leads/P-12/scripts/…}).
     */
    static final String[] SCRIPTS = {"scripts/known-functions.js", "scripts/known-functions-list.js"};

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Element head = response.getDocument().head();
            for (int i = SCRIPTS.length - 1; i >= 0; i--) {
                // classic scripts, not modules: they run as the head is read, before the client's module starts
                head.prependElement("script").attr("src",
                        response.getVaadinRequest().getContextPath() + "/" + SCRIPTS[i]);
            }
        });
    }
}
