package com.pathway.clinic.ui;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.DuplicateCandidate;
import com.pathway.clinic.DuplicateProbe;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadListOptions;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.SetAsideInquiryService;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The "New lead" form for intake coordinators and managers. While the person's name, date of birth,
 * phone or e-mail is typed, leads that may be the same person appear beside the form, so the user
 * can open one instead of creating a duplicate. Creating opens the new lead's page; invalid fields
 * are marked and keep what was typed. With {@code ?inquiry=INQ-…} the form is filled from a web inquiry that could
 * not become a lead by itself ({@link SetAsideInquiriesView}), and creating the lead takes the inquiry out of the inbox.
 */
@StyleSheet("context://styles/leads.css")
@Route("leads/new")
@PageTitle("New lead · Pathway")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER})
public class NewLeadView extends VerticalLayout implements BeforeEnterObserver {

    static final int CANDIDATES = 5;

    private final LeadService leads;
    private final Clock clock;
    private final LeadFormFields fields;
    private final Div duplicates = new Div();
    private final DuplicateList candidates = new DuplicateList(c -> List.of());
    private final SetAsideInquiryService setAside;
    private final Paragraph fromInquiry = new Paragraph();
    /** The set-aside inquiry the form was filled from, if any. */
    private String inquiry;

    public NewLeadView(LeadService leads, LeadListOptions options, SetAsideInquiryService setAside, Clock clock) {
        this.leads = leads;
        this.setAside = setAside;
        this.clock = clock;
        addClassName("pathway-view");
        addClassName("new-lead-view");
        fields = new LeadFormFields(leads.conditions(), options.referrers());
        fields.onIdentityChange(this::lookForDuplicates);

        duplicates.setId("duplicate-warning");
        duplicates.addClassName("duplicate-warning");
        duplicates.add(new H3("This may be someone we already have"),
                new Paragraph("Open the existing lead instead of creating a second one, if it is the same person."),
                candidates);
        duplicates.setVisible(false);

        Button create = new Button("Create lead", e -> create());
        create.setId("create-lead");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink cancel = new RouterLink("Cancel", LeadsView.class);
        HorizontalLayout buttons = new HorizontalLayout(create, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout form = new VerticalLayout(fields, buttons);
        form.setPadding(false);
        form.addClassName("new-lead-form");
        Div side = new Div(duplicates);
        side.addClassName("new-lead-side");
        Div body = new Div(form, side);
        body.addClassName("new-lead-body");
        body.setWidthFull();
        fromInquiry.setId("from-inquiry");
        fromInquiry.addClassName("pathway-hint");
        fromInquiry.setVisible(false);
        add(new RouterLink("All leads", LeadsView.class), new H2("New lead"), fromInquiry, body);
        // A new lead is typed at once: the keyboard starts in the first field.
        fields.firstName.focus();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SetAsideInquiriesView.INQUIRY, List.of());
        if (asked.isEmpty()) {
            return;
        }
        String reference = asked.getFirst();
        fromInquiry.setVisible(true);
        try {
            fields.fill(setAside.open(reference));
            inquiry = reference;
            fromInquiry.setText("Filled from web inquiry " + reference + ", which could not become a lead by itself. "
                    + "Check it, put right what stops it, and create the lead: the inquiry then leaves the set-aside "
                    + "list.");
        } catch (ConflictException | NotFoundException e) {
            fromInquiry.setText(e.getMessage());
            fromInquiry.addClassName("pathway-error");
        }
    }

    private void lookForDuplicates(DuplicateProbe probe) {
        List<DuplicateCandidate> found = leads.possibleDuplicates(probe, CANDIDATES);
        candidates.show(found);
        duplicates.setVisible(!found.isEmpty());
    }

    private void create() {
        try {
            if (inquiry != null) {
                String key = setAside.enter(inquiry, fields.read(clock.instant()));
                Notifications.success(key + " created from web inquiry " + inquiry + ".");
                getUI().ifPresent(ui -> ui.navigate("leads/" + key));
                return;
            }
            LeadDetails created = leads.create(fields.read(clock.instant()));
            Notifications.success(created.key() + " created for " + created.firstName() + " " + created.lastName()
                    + ".");
            getUI().ifPresent(ui -> ui.navigate("leads/" + created.key()));
        } catch (InvalidInputException e) {
            fields.errors().show(e);
        } catch (ConflictException | NotFoundException e) {
            // Made a lead meanwhile, or being entered by someone else: said where the button was pressed.
            Notifications.error(e.getMessage());
        }
    }
}
