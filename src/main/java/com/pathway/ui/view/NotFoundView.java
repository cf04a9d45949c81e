package com.pathway.ui.view;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.pathway.ui.MainLayout;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;

/** Shown inside the app for an address that is no page of Pathway; never lists the routes that exist. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Pathway")
@PermitAll
public class NotFoundView extends Composite<ErrorPage> implements HasErrorParameter<NotFoundException> {

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage("not-found", "This page does not exist",
                "The address may be mistyped, or the page has moved. Use the navigation or go home.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
