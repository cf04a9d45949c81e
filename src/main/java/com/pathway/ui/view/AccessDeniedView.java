package com.pathway.ui.view;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.pathway.ui.MainLayout;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;

/**
 * Shown inside the app when a signed-in user opens a page their role may not use (by typing its
 * address or following an old link). Replaces Vaadin's default, which reroutes to "not found".
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access · Pathway")
@PermitAll
public class AccessDeniedView extends Composite<ErrorPage> implements HasErrorParameter<AccessDeniedException> {

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage("access-denied", "You don't have access to this page",
                "Your role does not include this page. If you need it for your work, ask an administrator.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
