package com.pathway.clinic.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;

import com.pathway.clinic.AppointmentService;
import com.pathway.clinic.EmergencyAccessProperties;
import com.pathway.clinic.EmergencyAccessService;
import com.pathway.clinic.EmergencyGrant;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadListOptions;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Phones;
import com.pathway.clinic.LeadTimeline;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Markup;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.ui.LeadTasksPanel;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.ui.TransitionBar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * One lead: key, name and status, its appointment (rescheduled here), the transitions the user may run; contact and consent
 * (editable by those {@link LeadPermissions#mayEdit} lets), with whether screening is complete; panels of
 * other parts ({@link LeadPanel}: screening, outcome measures, notes); who it is assigned to ({@link AssignmentPanel}); related leads; and the activity timeline, newest first.
 * Opening it reads the lead through {@link LeadService#get}, which audits the view and leaves out what
 * the user may not read.
 */
@StyleSheet("context://styles/leads.css")
@Route("leads/:key")
@PageTitle("Lead · Pathway")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER, Role.Names.CLINICIAN})
public class LeadPage extends VerticalLayout implements BeforeEnterObserver {

    private final LeadService leads;
    private final H2 title = new H2();
    private final Div status = new Div();
    private final Div statusAge = new Div();
    private final TransitionBar transitions;
    private final AppointmentLine appointment;
    private final LeadFacts facts;
    /** Made at the first Edit: most visits only read, and the form is the page's heaviest part. */
    private LeadEditor editor;
    private final Div contact;
    private final LeadListOptions options;
    private final Clock clock;
    private final Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> startEditing());
    private final RelatedLeads related;
    private final TimelineList timeline;
    private final AssignmentPanel assignment;
    private final Anchor itemLink = new Anchor("", "Work item page");
    private final Div content = new Div();
    private final Paragraph missing = new Paragraph();
    /** What the person wrote when they asked, near the top: the first thing a coordinator reads before calling. */
    private final Div message = new Div();
    private final Button emergencyAccess = new Button("Emergency access…", VaadinIcon.UNLOCK.create());
    private final Paragraph emergencyBanner = new Paragraph();
    private final EmergencyAccessService emergency;
    private final boolean mayUseEmergencyAccess;
    private final ClinicTime time;
    private final boolean mayEdit;
    private final boolean mayOpenWorkItem;
    private final List<LeadPanel> panels;
    private final LeadTasksPanel tasks;
    private final ServiceLevelLine serviceLevels;
    /** What emergency access leaves read-only: disabled while the lead is read only by it. */
    private final List<com.vaadin.flow.dom.Element> changeable = new java.util.ArrayList<>();
    private boolean readOnly;
    private LeadDetails lead;
    private String requestedKey = "";

    public LeadPage(LeadService leads, LeadListOptions options, LeadTimeline leadTimeline, WorkflowService workflow,
            LeadPermissions permissions, CurrentUser currentUser, ClinicTime time, Clock clock,
            LeadAssignmentService assignments, ObjectProvider<LeadPanel> leadPanels, Phones phones,
            AppointmentService appointments, UserDirectory users, LeadTasksPanel tasks, ServiceLevels levels,
            EmergencyAccessService emergency, EmergencyAccessProperties emergencySettings) {
        this.tasks = tasks;
        this.serviceLevels = new ServiceLevelLine(levels, clock);
        this.leads = leads;
        panels = leadPanels.orderedStream().filter(LeadPanel::offered).toList();
        this.emergency = emergency;
        this.time = time;
        mayUseEmergencyAccess = permissions.mayUseEmergencyAccess();
        emergencyAccess.setId("emergency-access");
        emergencyAccess.addThemeVariants(ButtonVariant.LUMO_ERROR);
        emergencyAccess.setVisible(false);
        emergencyAccess.addClickListener(e -> new EmergencyAccessDialog(emergency, requestedKey,
                emergencySettings.duration(), () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
        emergencyBanner.setId("emergency-banner");
        emergencyBanner.setVisible(false);
        emergencyBanner.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin", "0");
        // The engine's work item pages are for administrators (who may also hold a lead role).
        mayOpenWorkItem = currentUser.hasRole(Role.ADMIN);
        mayEdit = permissions.mayEdit();
        addClassName("pathway-view");
        addClassName("lead-page");
        transitions = new TransitionBar(workflow, users);
        appointment = new AppointmentLine(appointments, users, permissions.mayReschedule(), time.zone(), clock,
                moved -> refresh());
        transitions.addTransitionedListener(item -> refresh());
        facts = new LeadFacts(time, phones);
        this.options = options;
        this.clock = clock;
        related = new RelatedLeads(leads, permissions.mayMerge());
        timeline = new TimelineList(leadTimeline, time);
        tasks.onChange(() -> timeline.show(lead.key()));
        assignment = new AssignmentPanel(assignments, permissions, currentUser, assigned -> refresh());
        edit.setId("edit-lead");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setVisible(mayEdit);
        status.setId("lead-status");
        statusAge.setId("lead-status-age");
        title.setId("lead-title");
        itemLink.setId("work-item-link");
        missing.setId("lead-missing");
        missing.setVisible(false);

        HorizontalLayout header = new HorizontalLayout(title, status, statusAge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        contact = card("Contact and consent", edit);
        contact.add(facts);
        contact.addClassName("lead-contact-card");
        Div relatedCard = card("Related leads", null);
        relatedCard.add(related);
        relatedCard.addClassName("lead-related-card");
        Div activity = card("Activity", null);
        activity.add(timeline);
        Div assignmentCard = card("Assigned to", null);
        assignmentCard.add(assignment);
        assignmentCard.addClassName("lead-assignment-card");
        Div side = new Div(assignmentCard, tasks);
        panels.forEach(panel -> side.add(panel.component()));
        changeable.add(appointment.getElement());
        changeable.add(assignmentCard.getElement());
        changeable.add(tasks.getElement());
        panels.forEach(panel -> changeable.add(panel.component().getElement()));
        // a panel's change may also add a task (a missed session's rebooking call): the tasks card follows
        panels.forEach(panel -> panel.whenChanged(panel.changesLead() ? this::leadChangedInPanel : () -> {
            timeline.show(lead.key());
            tasks.show(lead.key());
        }));
        side.add(activity, relatedCard);
        side.addClassName("lead-side");
        Div columns = new Div(contact, side);
        columns.addClassName("lead-columns");
        message.setId("lead-message");
        message.addClassName("lead-message");
        content.add(header, appointment, serviceLevels, message, transitions);
        panels.stream().map(LeadPanel::banner).filter(java.util.Objects::nonNull).forEach(content::add);
        content.add(columns);
        content.addClassName("lead-content");
        content.setWidthFull();
        HorizontalLayout links = new HorizontalLayout(new RouterLink("All leads", LeadsView.class), itemLink);
        add(links, missing, emergencyAccess, emergencyBanner, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        requestedKey = key;
        try {
            lead = leads.get(key);
        } catch (NotFoundException e) {
            showMissing(e.getMessage());
            return;
        }
        stopEditing();
        showAll();
    }

    private void showMissing(String message) {
        lead = null;
        missing.setText(message);
        missing.setVisible(true);
        // Outside one's scope and unknown keys look alike; either way the dialog says what happens.
        emergencyAccess.setVisible(mayUseEmergencyAccess);
        emergencyBanner.setVisible(false);
        content.setVisible(false);
        itemLink.setVisible(false);
    }

    private void showAll() {
        missing.setVisible(false);
        emergencyAccess.setVisible(false);
        Optional<EmergencyGrant> grant = mayUseEmergencyAccess ? emergency.active(lead.key()) : Optional.empty();
        // Emergency access reads, never changes: the services refuse, and the page offers nothing to change.
        readOnly = grant.isPresent() && !leads.mayChange(lead.key());
        grant.ifPresent(g -> emergencyBanner.setText("Emergency access until " + time.format(g.expiresAt())
                + (readOnly ? ": you may read this lead, not change it." : ".")
                + " Every read is recorded with your reason: " + g.reason()));
        emergencyBanner.setVisible(grant.isPresent());
        transitions.setVisible(!readOnly);
        edit.setVisible(mayEdit && !readOnly && !editing());
        changeable.forEach(part -> part.setEnabled(!readOnly));
        content.setVisible(true);
        itemLink.setVisible(mayOpenWorkItem);
        title.setText(lead.key() + " · " + lead.firstName() + " " + lead.lastName());
        showStatus(lead);
        appointment.show(lead);
        itemLink.setHref("items/" + lead.key());
        transitions.show(lead.key());
        facts.show(lead);
        showMessage(lead);
        assignment.show(lead);
        related.show(lead);
        tasks.show(lead.key());
        timeline.show(lead.key());
        panels.forEach(panel -> panel.show(lead));
    }

    /** After a transition: the new status and timeline; a form being edited keeps what is typed. */
    private void refresh() {
        LeadDetails now;
        try {
            now = leads.get(lead.key());
        } catch (NotFoundException e) {
            // A clinician who moved the lead out of the clinical stages may no longer see it.
            showMissing(e.getMessage());
            return;
        }
        lead = now;
        showStatus(now);
        appointment.show(now);
        if (!editing()) {
            facts.show(now);
        }
        assignment.show(now);
        tasks.show(now.key());
        timeline.show(now.key());
        panels.forEach(panel -> panel.show(now));
    }

    /** After a panel changed the lead (a signed screening): its facts, transitions and timeline, read again. */
    private void leadChangedInPanel() {
        try {
            lead = leads.get(lead.key());
        } catch (NotFoundException e) {
            showMissing(e.getMessage());
            return;
        }
        if (!editing()) {
            facts.show(lead);
        }
        transitions.show(lead.key());
        timeline.show(lead.key());
        tasks.show(lead.key());
    }

    /** The status badge, how long the lead has been in it, and whether that is longer than its limit. */
    private void showStatus(LeadDetails shown) {
        serviceLevels.show(shown.serviceLevels());
        status.removeAll();
        status.add(LeadLabels.status(shown.status(), shown.category()));
        statusAge.removeAll();
        statusAge.add(LeadLabels.timeInStatus(shown.status(), shown.statusAge()));
        Span overdue = LeadLabels.overdue(shown.statusAge());
        if (overdue != null) {
            overdue.setId("lead-overdue");
            statusAge.add(overdue);
        }
    }

    private void showMessage(LeadDetails shown) {
        String text = shown.form().message();
        message.setVisible(text != null && !text.isBlank());
        Element block = Markup.block();
        if (message.isVisible()) {
            block.appendElement("span").addClass("lead-message-label").text("Their message");
            block.appendElement("p").addClass("lead-message-text").text(text);
        }
        Markup.show(message, block);
    }

    private boolean editing() {
        return editor != null && editor.isVisible();
    }

    private void startEditing() {
        if (editor == null) {
            editor = new LeadEditor(leads, options.referrers(), clock, this::saved, this::stopEditing);
            contact.add(editor);
        }
        editor.edit(lead);
        editor.setVisible(true);
        facts.setVisible(false);
        edit.setVisible(false);
    }

    private void stopEditing() {
        if (editor != null) {
            editor.setVisible(false);
        }
        facts.setVisible(true);
        edit.setVisible(mayEdit && !readOnly);
    }

    private void saved(LeadDetails after) {
        lead = after;
        stopEditing();
        showAll();
    }

    private static Div card(String heading, com.vaadin.flow.component.Component action) {
        Div head;
        if (action == null) {
            // A heading alone is markup: one element instead of three.
            Element block = Markup.block();
            block.appendElement("h3").text(heading);
            head = new Div();
            Markup.show(head, block);
        } else {
            head = new Div(new H3(heading), action);
        }
        head.addClassName("lead-card-head");
        Div card = new Div(head);
        card.addClassName("lead-card");
        return card;
    }
}
