package com.pathway.clinic.ui;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.FailedInquiry;
import com.pathway.clinic.SetAsideInquiryService;
import com.pathway.security.Role;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * Web inquiries that could not become leads by themselves, for intake coordinators and managers: each opens the New
 * lead form filled from its form, to be checked, corrected and created by hand. Linked from the lead list while there
 * are any, and from the notification each coordinator gets when one is set aside.
 */
@Route("inquiries/set-aside")
@StyleSheet("context://styles/leads.css")
@PageTitle("Set-aside inquiries · Pathway")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER})
public class SetAsideInquiriesView extends VerticalLayout {

    /** The New lead form's query parameter naming the set-aside inquiry it is filled from. */
    static final String INQUIRY = "inquiry";

    public SetAsideInquiriesView(SetAsideInquiryService inquiries, ClinicTime time) {
        addClassName("pathway-view");
        setSizeFull();

        Paragraph intro = new Paragraph("These inquiries from the website's form could not become leads by "
                + "themselves, even after three attempts. Open one: the New lead form is filled from it, as its sender "
                + "wrote it. Check it, put right what stops it (for example a referrer or a date), and create the "
                + "lead; the inquiry then leaves this list. Opening one is recorded in the audit trail.");
        intro.addClassName("pathway-hint");
        long count = inquiries.count();
        Span total = new Span(count == 1 ? "1 inquiry" : count + " inquiries");
        total.setId("set-aside-total");
        total.addClassName("pathway-hint");

        Grid<FailedInquiry> grid = new Grid<>(FailedInquiry.class, false);
        grid.setId("set-aside-inquiries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(FailedInquiry::reference).setKey("reference").setHeader("Reference").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> time.format(i.receivedAt())).setKey("received").setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> time.format(i.failedAt())).setKey("failed").setHeader("Set aside").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::open).setKey("actions").setHeader("").setFlexGrow(1);
        grid.setItems(q -> inquiries.list(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, inquiries.count()));
        grid.setEmptyStateText("No web inquiry is set aside: every one became a lead by itself.");

        add(new RouterLink("All leads", LeadsView.class), new H2("Set-aside inquiries"), intro, total, grid);
    }

    private Component open(FailedInquiry inquiry) {
        Button open = new Button("Enter as lead", e -> getUI().ifPresent(ui -> ui.navigate(NewLeadView.class,
                QueryParameters.of(INQUIRY, inquiry.reference()))));
        open.setId("set-aside-open-" + inquiry.reference());
        open.setAriaLabel("Enter web inquiry " + inquiry.reference() + " as a lead");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return open;
    }
}
