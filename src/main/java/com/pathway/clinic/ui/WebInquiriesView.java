package com.pathway.clinic.ui;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.FailedInquiry;
import com.pathway.clinic.WebInquiryService;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The inquiry inbox, for administrators: how many web inquiries wait for their lead, and the ones whose lead
 * could not be created after every attempt, by reference, with the error's kind; each can be tried again. The
 * forms are never shown.
 */
@Route("admin/inquiries")
@StyleSheet("context://styles/leads.css")
@PageTitle("Web inquiries · Pathway")
@Menu(order = 127, icon = "vaadin:inbox", title = "Web inquiries")
@RolesAllowed(Role.Names.ADMIN)
public class WebInquiriesView extends VerticalLayout {

    private final WebInquiryService inquiries;
    private final Span waiting = new Span();
    private final Span failedTotal = new Span();
    private final Grid<FailedInquiry> grid = new Grid<>(FailedInquiry.class, false);

    public WebInquiriesView(WebInquiryService inquiries, ClinicTime time) {
        this.inquiries = inquiries;
        addClassName("pathway-view");
        setSizeFull();

        Paragraph intro = new Paragraph("Every inquiry from the website's form is kept here from the moment it is "
                + "answered until its lead is created, usually within a second. An inquiry whose lead could not be "
                + "created after three attempts is set aside below and every administrator is notified; once its "
                + "cause is put right (say an encryption key missing from the configuration), try it again. Intake "
                + "coordinators are told too, and may enter one by hand from its form under Set-aside inquiries. The "
                + "forms are not shown here: they are the people's.");
        intro.addClassName("pathway-hint");
        waiting.setId("inquiries-waiting");
        failedTotal.setId("inquiries-failed-total");
        failedTotal.addClassName("pathway-hint");

        grid.setId("inquiries-failed");
        // The error names a chain of exception classes: wrapped, never cut off.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FailedInquiry::reference).setKey("reference").setHeader("Reference").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> time.format(i.receivedAt())).setKey("received").setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FailedInquiry::attempts).setKey("attempts").setHeader("Attempts").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> time.format(i.failedAt())).setKey("failed").setHeader("Set aside").setAutoWidth(true)
                .setFlexGrow(0);
        // The rest of the width goes to the error.
        grid.addColumn(FailedInquiry::error).setKey("error").setHeader("Error").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> inquiries.failed(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, inquiries.failedCount()));
        grid.setEmptyStateText("No web inquiry has failed.");

        add(new H2("Web inquiries"), intro, waiting, new H3("Failed"), failedTotal, grid);
        reload();
    }

    private Component actions(FailedInquiry inquiry) {
        Button retry = new Button("Try again", e -> retry(inquiry));
        retry.setId("inquiry-retry-" + inquiry.reference());
        retry.setAriaLabel("Try web inquiry " + inquiry.reference() + " again");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.setDisableOnClick(true);
        return retry;
    }

    private void retry(FailedInquiry inquiry) {
        try {
            String lead = inquiries.tryAgain(inquiry.reference());
            Notifications.success("Web inquiry " + inquiry.reference() + " is now lead " + lead + ".");
        } catch (ConflictException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        reload();
    }

    private void reload() {
        long n = inquiries.waiting();
        waiting.setText(n == 0 ? "No inquiry is waiting for its lead."
                : n == 1 ? "1 inquiry is waiting for its lead." : n + " inquiries are waiting for their lead.");
        long failed = inquiries.failedCount();
        failedTotal.setText(failed == 1 ? "1 inquiry" : failed + " inquiries");
        grid.getDataProvider().refreshAll();
    }
}
