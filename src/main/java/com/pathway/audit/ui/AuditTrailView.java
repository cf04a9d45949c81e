package com.pathway.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.audit.AuditActor;
import com.pathway.audit.AuditChainReport;
import com.pathway.audit.AuditEntryView;
import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditIntegrityService;
import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * Administrators read the audit trail, newest first, filtered by record (a lead key: entries about it
 * and entries that showed or sent it), user, action, day range (in the clinic's time zone) and outcome.
 * The filters live in the address, so a view can be shared; the trail is paged in the database, its
 * matching entries counted above the grid and exported as CSV; a row opens every detail of its entry.
 */
@Route("admin/audit")
@PageTitle("Audit trail · Pathway")
@Menu(order = 110, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed(Role.Names.ADMIN)
public class AuditTrailView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "admin/audit";
    private static final DateTimeFormatter FULL_TIME =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm:ss a zzz", Locale.US);

    private final AuditService audit;
    private final ClinicTime time;
    private final TextField record = new TextField("Record");
    private final ComboBox<AuditActor> user = new ComboBox<>("User");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (including)");
    private final Select<AuditOutcome> outcome = new Select<>();
    private final FieldErrors errors = new FieldErrors();
    private final Span count = new Span();
    private final Grid<AuditEntryView> grid = new Grid<>(AuditEntryView.class, false);
    private AuditFilter filter = AuditFilter.none();
    private boolean restoring;

    public AuditTrailView(AuditService audit, AuditIntegrityService integrity, ClinicTime time) {
        this.audit = audit;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();

        H2 title = new H2("Audit trail");
        Span zone = new Span("Times in " + time.zone().getId());
        zone.addClassNames("pathway-hint");
        HorizontalLayout heading = new HorizontalLayout(title, zone);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        count.setId("audit-count");
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout summary = new HorizontalLayout(count, exportLink());
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(heading, chainBanner(integrity.verify()), emergencyNotice(), filters(), summary, grid);
        configureGrid();
        setFlexGrow(1, grid);
    }

    /** Emergency accesses of the last week, at the top of the page, with the way to review them all. */
    private Component emergencyNotice() {
        Instant since = Instant.now().minus(java.time.Duration.ofDays(7));
        AuditFilter recent = new AuditFilter(null, AuditRecord.EMERGENCY_ACCESS, since, null);
        long count = audit.count(recent);
        Div notice = new Div();
        notice.setId("emergency-notice");
        RouterLink review = new RouterLink("Review all emergency access", EmergencyAccessReviewView.class);
        review.setId("emergency-review");
        if (count == 0) {
            notice.add(review);
            return notice;
        }
        AuditEntryView newest = audit.search(recent, org.springframework.data.domain.PageRequest.of(0, 1,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
                .getContent().getFirst();
        notice.add(new Span("Emergency access: " + count + " in the last 7 days; the newest by " + newest.actor()
                + " to " + newest.entityId() + " at " + time.format(newest.occurredAt()) + ". "), review);
        notice.getElement().setAttribute("role", "alert");
        notice.getStyle().set("box-sizing", "border-box").set("width", "100%")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("background", "var(--lumo-warning-color-10pct, var(--lumo-error-color-10pct))");
        return notice;
    }

    /** Whether the hash chain is intact, and where it breaks when it is not; checked as the page opens. */
    static Div chainBanner(AuditChainReport report) {
        Div banner = new Div();
        banner.setId("audit-chain");
        banner.addClassName(report.intact() ? "audit-chain-intact" : "audit-chain-broken");
        banner.getElement().setAttribute("role", report.intact() ? "status" : "alert");
        var icon = (report.intact() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.setSize("var(--lumo-icon-size-s)");
        Span text = new Span(report.summary() + (report.brokenAt() == null ? "" : " Look at entry "
                + report.brokenAt() + " and the ones around it; the database's own logs may say who changed it."));
        banner.add(icon, text);
        banner.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("box-sizing", "border-box").set("width", "100%")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("color", report.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("background", report.intact() ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        return banner;
    }

    private HorizontalLayout filters() {
        record.setId("audit-record");
        record.setPlaceholder("e.g. PW-12");
        record.setTooltipText("A lead key; Enter applies it");
        record.setClearButtonVisible(true);
        record.setWidth("9rem");
        // The default mode applies it on Enter (and when the field is left), not on every keystroke.
        user.setId("audit-user");
        user.setPlaceholder("Name or user name");
        user.setClearButtonVisible(true);
        user.setWidth("14rem");
        user.setItemLabelGenerator(AuditActor::label);
        user.setItems(query -> audit.actors(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        // A user name no account and no entry knows yet can still be typed whole.
        user.setAllowCustomValue(true);
        user.addCustomValueSetListener(e -> user.setValue(actor(e.getDetail())));
        action.setId("audit-action");
        action.setItems(audit.knownActions());
        ComboBoxes.pickFirstMatchOnEnter(action);
        action.setPlaceholder("Any action");
        action.setClearButtonVisible(true);
        action.setWidth("13rem");
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        from.setWidth("10rem");
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        to.setWidth("10rem");
        outcome.setId("audit-outcome");
        outcome.setLabel("Outcome");
        outcome.setWidth("10rem");
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any outcome");
        outcome.setItemLabelGenerator(o -> o == null ? "Any outcome" : label(o));
        errors.bind("record", record).bind("actor", user).bind("action", action).bind("from", from).bind("to", to)
                .bind("outcome", outcome);

        record.addValueChangeListener(e -> applyFilters());
        user.addValueChangeListener(e -> applyFilters());
        action.addValueChangeListener(e -> applyFilters());
        from.addValueChangeListener(e -> applyFilters());
        to.addValueChangeListener(e -> applyFilters());
        outcome.addValueChangeListener(e -> applyFilters());

        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(record, user, action, from, to, outcome, clear);
        bar.addClassName("pathway-toolbar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Anchor exportLink() {
        Anchor link = new Anchor();
        link.setId("audit-export");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        link.add(icon, new Span(" Export CSV"));
        link.getElement().setAttribute("title", "Export the entries these filters match as a CSV file");
        link.setHref((DownloadHandler) event -> {
            AuditFilter current = read(event.getSession());
            event.setFileName("audit-trail-" + LocalDate.now(time.zone()) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            audit.export(current, event.getOutputStream());
        });
        return link;
    }

    /** The download runs outside the UI's lock, so it takes the lock to read the filter the page shows. */
    private AuditFilter read(VaadinSession session) {
        session.lock();
        try {
            return filter;
        } finally {
            session.unlock();
        }
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var when = grid.addColumn(e -> time.format(e.occurredAt())).setHeader("Time").setKey("time")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        // A fixed width: auto width is measured before the rows arrive and cut the header off.
        grid.addColumn(AuditEntryView::actor).setHeader("User").setKey("user").setSortProperty("actor")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(AuditEntryView::actor);
        grid.addColumn(AuditEntryView::action).setHeader("Action").setKey("action").setSortProperty("action")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrailView::entity).setHeader("Record").setKey("entity").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> outcomeBadge(e.outcome())).setHeader("Outcome").setKey("outcome")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setHeader("Client address")
                .setKey("client").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> compact(e.details())).setHeader("Details").setKey("details").setFlexGrow(1)
                .setTooltipGenerator(e -> compact(e.details()));
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.desc(when).build());
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(audit.count(filter)));
        grid.setEmptyStateText("Nothing in the audit trail matches these filters.");
        grid.addItemClickListener(e -> showEntry(e.getItem()));
    }

    /** Every field of one entry, its details one by one and its time in full, in a dialog. */
    void showEntry(AuditEntryView entry) {
        Dialog dialog = new Dialog();
        dialog.setId("audit-entry");
        dialog.setHeaderTitle("Audit entry " + entry.id());
        dialog.setWidth("min(40rem, 95vw)");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("Time", FULL_TIME.format(entry.occurredAt().atZone(time.zone())) + " (" + time.zone().getId() + ")");
        shown.put("User", entry.actor());
        shown.put("Action", entry.action());
        shown.put("Record", entity(entry).isEmpty() ? "—" : entity(entry));
        shown.put("Outcome", label(entry.outcome()));
        shown.put("Client address", entry.clientAddress() == null ? "—" : entry.clientAddress());
        shown.forEach((name, value) -> fields.addFormItem(field(value), name));
        Map<String, String> details = entry.detailFields();
        if (details.isEmpty()) {
            fields.addFormItem(field("—"), "Details");
        }
        details.forEach((name, value) -> fields.addFormItem(field(value), "Detail: " + name));
        dialog.add(fields);
        Button close = new Button("Close", e -> dialog.close());
        close.setId("audit-entry-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        DialogKeys.submitOnEnter(dialog, null, close);
        dialog.open();
    }

    private static Span field(String value) {
        Span span = new Span(value == null ? "" : value);
        // Long key lists wrap instead of widening the dialog.
        span.getStyle().set("overflow-wrap", "anywhere");
        return span;
    }

    private void applyFilters() {
        if (restoring) {
            return;
        }
        if (refresh()) {
            UI.getCurrent().navigate(ROUTE, QueryParameters.simple(parameters()));
        }
    }

    /** Applies the fields' filter when the service accepts it; otherwise shows why and keeps the last one. */
    private boolean refresh() {
        errors.clear();
        AuditFilter next = new AuditFilter(user.getValue() == null ? null : user.getValue().username(),
                action.getValue(), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)), outcome.getValue(),
                blankToNull(record.getValue()));
        long matching;
        try {
            matching = audit.count(next);
        } catch (InvalidInputException e) {
            errors.show(e);
            return false;
        }
        filter = next;
        count.setText(entries(matching));
        grid.getDataProvider().refreshAll();
        return true;
    }

    /** The address query of the filters that are set. */
    Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        Optional.ofNullable(blankToNull(record.getValue())).ifPresent(v -> params.put("record", v));
        Optional.ofNullable(user.getValue()).ifPresent(v -> params.put("user", v.username()));
        Optional.ofNullable(action.getValue()).ifPresent(v -> params.put("action", v));
        Optional.ofNullable(outcome.getValue()).ifPresent(v -> params.put("outcome", v.name().toLowerCase(Locale.ROOT)));
        Optional.ofNullable(from.getValue()).ifPresent(v -> params.put("from", v.toString()));
        Optional.ofNullable(to.getValue()).ifPresent(v -> params.put("to", v.toString()));
        return params;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> problems = new ArrayList<>();
        restoring = true;
        try {
            record.setValue(first(params, "record").orElse(""));
            user.setValue(first(params, "user").map(this::actor).orElse(null));
            action.setValue(first(params, "action").orElse(null));
            outcome.setValue(first(params, "outcome").flatMap(v -> outcome(v, problems)).orElse(null));
            from.setValue(first(params, "from").flatMap(v -> day("from", v, problems)).orElse(null));
            to.setValue(first(params, "to").flatMap(v -> day("to", v, problems)).orElse(null));
        } finally {
            restoring = false;
        }
        if (!problems.isEmpty()) {
            Notifications.error("Left out what this address asked for but could not be read: "
                    + String.join(", ", problems) + ".");
        }
        refresh();
    }

    private AuditActor actor(String username) {
        String name = username.strip();
        return audit.actors(name).stream().filter(a -> a.username().equalsIgnoreCase(name)).findFirst()
                .orElse(new AuditActor(name.toLowerCase(Locale.ROOT), null));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).flatMap(v -> v.stream().findFirst()).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static Optional<AuditOutcome> outcome(String value, List<String> problems) {
        try {
            return Optional.of(AuditOutcome.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add("outcome \"" + value + "\"");
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String name, String value, List<String> problems) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(name + " \"" + value + "\"");
            return Optional.empty();
        }
    }

    /** "No entries", "1 entry", "1,234 entries". */
    static String entries(long count) {
        return count == 0 ? "No entries" : count == 1 ? "1 entry"
                : String.format(Locale.US, "%,d entries", count);
    }

    private void clearFilters() {
        restoring = true;
        try {
            record.clear();
            user.clear();
            action.clear();
            from.clear();
            to.clear();
            outcome.clear();
        } finally {
            restoring = false;
        }
        applyFilters();
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(time.zone()).toInstant();
    }

    private static Component outcomeBadge(AuditOutcome outcome) {
        Span badge = new Span(label(outcome));
        badge.getElement().getThemeList().add("badge pill small");
        badge.getElement().getThemeList().add(switch (outcome) {
            case SUCCESS -> "success";
            case FAILURE -> "error";
            case DENIED -> "contrast";
        });
        return badge;
    }

    static String label(AuditOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "Success";
            case FAILURE -> "Failure";
            case DENIED -> "Denied";
        };
    }

    private static String entity(AuditEntryView e) {
        if (e.entityType() == null) {
            return "";
        }
        return e.entityId() == null ? e.entityType() : e.entityType() + " " + e.entityId();
    }

    /** Details are small JSON objects; shown on one line without braces and quotes. */
    static String compact(String details) {
        if (details == null || details.isBlank() || details.equals("{}")) {
            return "";
        }
        String s = details.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\":", "\": ").replace(",\"", ", \"").replace("\"", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
