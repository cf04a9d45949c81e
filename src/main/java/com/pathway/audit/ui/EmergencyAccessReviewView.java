package com.pathway.audit.ui;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.pathway.audit.AuditEntryView;
import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.Role;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * Every emergency access for review, newest first: who opened which lead, why, and until when; each row
 * opens the audit trail of that lead and user, which shows every read made with it.
 */
@Route("admin/audit/emergency")
@PageTitle("Emergency access · Pathway")
@RolesAllowed(Role.Names.ADMIN)
public class EmergencyAccessReviewView extends VerticalLayout {

    private final ClinicTime time;

    public EmergencyAccessReviewView(AuditService audit, ClinicTime time) {
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();
        AuditFilter filter = new AuditFilter(null, AuditRecord.EMERGENCY_ACCESS, null, null);
        long count = audit.count(filter);
        Paragraph intro = new Paragraph(count == 0 ? "Nobody has used emergency access."
                : count + (count == 1 ? " emergency access" : " emergency accesses") + " so far. Check that each reason"
                        + " holds; the reads made with it are on the audit trail of the lead.");
        intro.setId("emergency-count");
        Grid<AuditEntryView> grid = new Grid<>(AuditEntryView.class, false);
        grid.setId("emergency-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader("Opened").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::actor).setHeader("User").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::entityId).setHeader("Lead").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> until(e.detailFields().getOrDefault("until", ""))).setHeader("Until").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.detailFields().getOrDefault("reason", "")).setHeader("Reason").setFlexGrow(1)
                .setTooltipGenerator(e -> e.detailFields().getOrDefault("reason", ""));
        grid.addComponentColumn(e -> {
            Button reads = new Button("Reads", click -> getUI().ifPresent(ui -> ui.navigate(AuditTrailView.ROUTE,
                    QueryParameters.simple(Map.of("record", e.entityId(), "user", e.actor())))));
            reads.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return reads;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> audit.search(filter, PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id"))).stream(), query -> Math.toIntExact(audit.count(filter)));
        grid.setSizeFull();
        add(new RouterLink("Audit trail", AuditTrailView.class), new H2("Emergency access"), intro, grid);
        setFlexGrow(1, grid);
    }

    private String until(String until) {
        try {
            return until.isEmpty() ? "" : time.format(Instant.parse(until));
        } catch (RuntimeException e) {
            return until;
        }
    }
}
