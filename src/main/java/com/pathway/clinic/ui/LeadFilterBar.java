package com.pathway.clinic.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.pathway.clinic.CreatedWithin;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.ReachedStage;
import com.pathway.clinic.ReferrerOption;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The lead list's filters, wrapping onto more lines on narrow screens. Reads and writes the
 * address query ({@code q, status, stage, assignee, source, condition, referrer, created, from, to,
 * overdue}; {@code status} once per chosen status); dates are days in the clinic's time zone,
 * {@code to} included; {@code created} is a preset ({@code today}, {@code week}) read when the list is
 * read; a stage is a value of the clinic workflow's {@code stage} property. {@code reached}, with the optional
 * days {@code reachedFrom} and {@code reachedTo} (included), keeps leads whose history shows they reached an
 * open stage (the dashboard funnel's drill-through); it shows as a chip that removes it. {@code campaign} (a
 * campaign's name, from the dashboard's drill-through when it is narrowed to a campaign or grouped by campaign)
 * shows as a chip too.
 */
public class LeadFilterBar extends FlexLayout {

    /** The longest campaign name a lead holds (its column's size). */
    private static final int MAX_CAMPAIGN = 100;

    private final ZoneId zone;
    private final String me;
    private final List<ReferrerOption> referrerOptions;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<String> status = new MultiSelectComboBox<>();
    private final List<String> statuses;
    private final ComboBox<String> stage = new ComboBox<>();
    private final List<String> stages;
    private final TextField assignee = new TextField();
    private final Button mine = new Button("Mine");
    private final ComboBox<LeadSource> source = new ComboBox<>();
    private final ComboBox<String> condition = new ComboBox<>();
    private final ComboBox<ReferrerOption> referrer = new ComboBox<>();
    private final ComboBox<CreatedWithin> created = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox overdue = new Checkbox("Overdue");
    private final Button reachedChip = chip("lead-reached");
    private final Button campaignChip = chip("lead-campaign");
    private final List<String> reachable;
    private String campaignName;
    private String reachedStage;
    private LocalDate reachedFrom;
    private LocalDate reachedTo;
    private final List<String> conditions;
    private boolean restoring;
    private Runnable onChange = () -> { };

    /** @param reachable the open stages a lead may have reached, in order (the funnel's stages) */
    public LeadFilterBar(List<String> statuses, List<String> stages, List<String> reachable, List<String> conditions,
            List<ReferrerOption> referrers, ZoneId zone, String me) {
        this.zone = zone;
        this.reachable = List.copyOf(reachable);
        this.stages = stages;
        this.me = me;
        this.conditions = conditions;
        this.referrerOptions = referrers;
        this.statuses = statuses;
        setId("lead-filters");
        addClassName("pathway-filter-bar");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        textField();
        status.setId("lead-status");
        status.setPlaceholder("Any status");
        status.setItems(statuses);
        status.setClearButtonVisible(true);
        status.setAriaLabel("Status");
        status.setWidth("13rem");
        // Stage, source and arrival are combo boxes, not selects: a select keeps an element for every choice for as
        // long as the list is open; a combo box sends its choices when it opens.
        combo(stage, "lead-stage", "Any stage", stages);
        stage.setItemLabelGenerator(LeadLabels::stage);
        stage.setWidth("9rem");
        assignee.setId("lead-assignee");
        assignee.setPlaceholder("Assignee");
        assignee.setClearButtonVisible(true);
        assignee.setValueChangeMode(ValueChangeMode.LAZY);
        assignee.setWidth("8rem");
        mine.setId("lead-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mine.addClickListener(e -> assignee.setValue(me));
        combo(source, "lead-source", "Any source", List.of(LeadSource.values()));
        source.setItemLabelGenerator(LeadLabels::label);
        source.setWidth("9rem");
        combo(condition, "lead-condition", "Any condition", conditions);
        referrer.setId("lead-referrer");
        referrer.setPlaceholder("Any referrer");
        referrer.setItems(referrers);
        ComboBoxes.pickFirstMatchOnEnter(referrer);
        referrer.setItemLabelGenerator(ReferrerOption::name);
        referrer.setClearButtonVisible(true);
        referrer.setWidth("10rem");
        combo(created, "lead-created", "Created any time", List.of(CreatedWithin.values()));
        created.setItemLabelGenerator(c -> "Created " + c.label().toLowerCase(Locale.ROOT));
        // A preset and a date range would contradict each other: choosing one clears the other.
        created.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                from.clear();
                to.clear();
            }
        });
        date(from, "lead-from", "Created from");
        date(to, "lead-to", "Created to");
        overdue.setId("lead-overdue");
        reachedChip.addClickListener(e -> {
            showReached(null, null, null);
            changed();
        });
        campaignChip.addClickListener(e -> {
            showCampaign(null);
            changed();
        });
        add(text, status, stage, assignee, mine, source, condition, referrer, created, from, to, overdue, reachedChip,
                campaignChip);
        // The compact bar shows placeholders, not labels: each filter is named for assistive technology.
        text.setAriaLabel("Search leads by key, name, phone or e-mail");
        status.setAriaLabel("Status");
        stage.setAriaLabel("Stage");
        assignee.setAriaLabel("Assignee");
        mine.setTooltipText("Only leads assigned to me");
        source.setAriaLabel("Source");
        condition.setAriaLabel("Condition");
        referrer.setAriaLabel("Referring provider");
        created.setAriaLabel("Created");
        from.setAriaLabel("Created from");
        to.setAriaLabel("Created to (including)");
        for (AbstractField<?, ?> field : List.<AbstractField<?, ?>>of(text, stage, assignee, source,
                condition, referrer, created, from, to, overdue)) {
            field.addValueChangeListener(e -> changed());
        }
        status.addValueChangeListener(e -> changed());
    }

    /** Called after the user changes a filter (not when filters are read from the address). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public LeadFilter filter() {
        return new LeadFilter(null, null, blankToNull(assignee.getValue()),
                source.getValue(), condition.getValue(), referrer.getValue() == null ? null : referrer.getValue().id(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                blankToNull(text.getValue()), overdue.getValue(), stage.getValue(), selectedStatuses(),
                created.getValue(), reachedStage == null ? null : new ReachedStage(reachedStage,
                        reachedFrom == null ? null : reachedFrom.atStartOfDay(zone).toInstant(),
                        reachedTo == null ? null : reachedTo.plusDays(1).atStartOfDay(zone).toInstant()))
                .ofCampaign(campaignName);
    }

    /**
     * A filter that only an address sets (a drill-through from the dashboard), shown as a removable chip; hidden until
     * it holds a filter.
     */
    private static Button chip(String id) {
        Button chip = new Button();
        chip.setId(id);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CLOSE_SMALL.create());
        chip.setIconAfterText(true);
        chip.setTooltipText("Remove this filter");
        chip.setVisible(false);
        return chip;
    }

    private void showCampaign(String name) {
        campaignName = name;
        campaignChip.setVisible(name != null);
        campaignChip.setText(name == null ? "" : "Campaign: " + name);
        if (name != null) {
            campaignChip.setAriaLabel("Remove the filter: campaign " + name);
        }
    }

    /** The reached-stage chip's words, e.g. "Reached Consultation, 2026-01-01 to 2026-03-31"; empty when none. */
    public String reachedText() {
        return reachedChip.isVisible() ? reachedChip.getText() : "";
    }

    private void showReached(String stageName, LocalDate first, LocalDate last) {
        reachedStage = stageName;
        reachedFrom = stageName == null ? null : first;
        reachedTo = stageName == null ? null : last;
        reachedChip.setVisible(stageName != null);
        if (stageName == null) {
            reachedChip.setText("");
            return;
        }
        String range = first == null && last == null ? ""
                : first == null ? ", up to " + last : last == null ? ", from " + first : ", " + first + " to " + last;
        reachedChip.setText("Reached " + LeadLabels.stage(stageName) + range);
        reachedChip.setAriaLabel("Remove the filter: reached " + LeadLabels.stage(stageName) + range);
    }

    /** The chosen statuses in the workflow's order. */
    private List<String> selectedStatuses() {
        return statuses.stream().filter(status.getValue()::contains).toList();
    }

    /** Whether any filter is set. */
    public boolean isFiltering() {
        return !toParameters().isEmpty();
    }

    /** Empties every filter (and tells the listener once). */
    public void clear() {
        restoring = true;
        try {
            fromParameters(Map.of());
        } finally {
            restoring = false;
        }
        changed();
    }

    /** The filters as address parameters, in a stable order; {@code status} once per chosen status. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", blankToNull(text.getValue()));
        p.forEach((k, v) -> all.put(k, List.of(v)));
        p.clear();
        if (!status.getValue().isEmpty()) {
            all.put("status", selectedStatuses());
        }
        put(p, "stage", stage.getValue());
        put(p, "assignee", blankToNull(assignee.getValue()));
        put(p, "source", source.getValue() == null ? null : source.getValue().name().toLowerCase(Locale.ROOT));
        put(p, "condition", condition.getValue());
        put(p, "referrer", referrer.getValue() == null ? null : String.valueOf(referrer.getValue().id()));
        put(p, "from", from.getValue() == null ? null : from.getValue().toString());
        put(p, "created", created.getValue() == null ? null : created.getValue().parameter());
        put(p, "from", from.getValue() == null ? null : from.getValue().toString());
        put(p, "to", to.getValue() == null ? null : to.getValue().toString());
        put(p, "overdue", overdue.getValue() ? "true" : null);
        put(p, "reached", reachedStage);
        put(p, "reachedFrom", reachedFrom == null ? null : reachedFrom.toString());
        put(p, "reachedTo", reachedTo == null ? null : reachedTo.toString());
        put(p, "campaign", campaignName);
        p.forEach((k, v) -> all.put(k, List.of(v)));
        return all;
    }

    /** Shows the filters of an address; gives back what could not be read (and was left out). */
    public List<String> fromParameters(Map<String, List<String>> params) {
        List<String> problems = new ArrayList<>();
        restoring = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            status.setValue(statusesOf(params, problems));
            stage.setValue(stageOf(params, problems));
            assignee.setValue(first(params, "assignee").orElse(""));
            source.setValue(choice(params, "source", LeadSource.values(), problems));
            condition.setValue(first(params, "condition").filter(conditions::contains).orElse(null));
            referrer.setValue(first(params, "referrer").flatMap(id -> referrerOptions.stream()
                    .filter(r -> String.valueOf(r.id()).equals(id)).findFirst()).orElse(null));
            created.setValue(createdOf(params, problems));
            from.setValue(day(params, "from", problems));
            to.setValue(day(params, "to", problems));
            overdue.setValue(first(params, "overdue").map("true"::equalsIgnoreCase).orElse(false));
            reachedOf(params, problems);
            campaignOf(params, problems);
        } finally {
            restoring = false;
        }
        return problems;
    }

    private void changed() {
        if (!restoring) {
            onChange.run();
        }
    }

    private void textField() {
        text.setId("lead-search");
        text.setPlaceholder("Key, name, phone or e-mail");
        text.setPrefixComponent(com.vaadin.flow.component.icon.VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("15rem");
    }

    private static <T> void combo(ComboBox<T> box, String id, String placeholder, List<T> items) {
        box.setId(id);
        box.setPlaceholder(placeholder);
        box.setItems(items);
        ComboBoxes.pickFirstMatchOnEnter(box);
        box.setClearButtonVisible(true);
        box.setWidth("11rem");
    }

    private void date(DatePicker picker, String id, String placeholder) {
        picker.setId(id);
        picker.setPlaceholder(placeholder);
        picker.setClearButtonVisible(true);
        picker.setWidth("9.5rem");
        picker.addValueChangeListener(e -> {
            from.setMax(to.getValue());
            to.setMin(from.getValue());
        });
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> params, String name, E[] values,
            List<String> problems) {
        Optional<String> value = first(params, name);
        Optional<E> found = value.flatMap(v -> Arrays.stream(values).filter(e -> e.name().equalsIgnoreCase(v)).findFirst());
        if (value.isPresent() && found.isEmpty()) {
            problems.add(name + " \"" + value.get() + "\"");
        }
        return found.orElse(null);
    }

    /** Each {@code status} parameter (also comma-separated) that names a status, as the workflow spells it. */
    private java.util.Set<String> statusesOf(Map<String, List<String>> params, List<String> problems) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String value : params.getOrDefault("status", List.of())) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Optional<String> known = statuses.stream().filter(name.strip()::equalsIgnoreCase).findFirst();
                known.ifPresentOrElse(found::add, () -> problems.add("status \"" + name.strip() + "\""));
            }
        }
        return found;
    }

    private static CreatedWithin createdOf(Map<String, List<String>> params, List<String> problems) {
        Optional<String> value = first(params, "created");
        CreatedWithin found = value.map(CreatedWithin::ofParameter).orElse(null);
        if (value.isPresent() && found == null) {
            problems.add("created \"" + value.get() + "\" (use today or week)");
        }
        return found;
    }

    private String stageOf(Map<String, List<String>> params, List<String> problems) {
        Optional<String> value = first(params, "stage");
        Optional<String> found = value.flatMap(v -> stages.stream().filter(v::equalsIgnoreCase).findFirst());
        if (value.isPresent() && found.isEmpty()) {
            problems.add("stage \"" + value.get() + "\"");
        }
        return found.orElse(null);
    }

    /** The campaign of an address (its name, as the dashboard gives it); a name too long to be one is left out. */
    private void campaignOf(Map<String, List<String>> params, List<String> problems) {
        String name = first(params, "campaign").map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (name != null && name.length() > MAX_CAMPAIGN) {
            problems.add("campaign (a campaign's name has at most " + MAX_CAMPAIGN + " characters)");
            name = null;
        }
        showCampaign(name);
    }

    /** The reached-stage filter of an address: an unknown stage, or a range ending before it starts, is left out. */
    private void reachedOf(Map<String, List<String>> params, List<String> problems) {
        Optional<String> value = first(params, "reached");
        Optional<String> found = value.flatMap(v -> reachable.stream().filter(v.strip()::equalsIgnoreCase).findFirst());
        LocalDate first = day(params, "reachedFrom", problems);
        LocalDate last = day(params, "reachedTo", problems);
        if (value.isPresent() && found.isEmpty()) {
            problems.add("reached \"" + value.get() + "\" (no such stage; use one of " + String.join(", ", reachable)
                    + ")");
        } else if (value.isEmpty() && (first != null || last != null)) {
            problems.add("reachedFrom and reachedTo without a stage reached");
        } else if (first != null && last != null && last.isBefore(first)) {
            problems.add("reachedTo " + last + " (comes before reachedFrom " + first + "; the dates were left out)");
            first = null;
            last = null;
        }
        showReached(found.orElse(null), first, last);
    }

    private static LocalDate day(Map<String, List<String>> params, String name, List<String> problems) {
        Optional<String> value = first(params, name);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(name + " \"" + value.get() + "\" (use a date such as 2026-03-31)");
            return null;
        }
    }

    static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0))
                .filter(v -> !v.isBlank());
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
