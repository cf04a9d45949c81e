package com.pathway.tasks.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.pathway.tasks.BusinessHoursService;
import com.pathway.tasks.BusinessHoursSettings;
import com.pathway.tasks.BusinessHoursSettings.Holiday;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Administrators set the clinic's working days, opening hours, holidays and the two service-level
 * targets (first response, time to consultation) that deadlines are measured against. Times are in
 * the clinic's time zone; a change applies to inquiries that arrive from then on.
 */
@Route("admin/hours")
@PageTitle("Business hours · Pathway")
@Menu(order = 108, icon = "vaadin:clock", title = "Business hours")
@RolesAllowed(Role.Names.ADMIN)
public class BusinessHoursView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.US);

    private final BusinessHoursService service;
    private final ClinicTime time;
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Working days");
    private final TimePicker opens = new TimePicker("Opens");
    private final TimePicker closes = new TimePicker("Closes");
    private final NumberField firstResponse = new NumberField("First-response target (business hours)");
    private final NumberField consultation = new NumberField("Time-to-consultation target (business hours)");
    private final Grid<Holiday> holidayGrid = new Grid<>();
    private final DatePicker holidayDay = new DatePicker("Holiday");
    private final TextField holidayName = new TextField("Name");
    private final List<Holiday> holidays = new ArrayList<>();
    private final Paragraph lastSaved = new Paragraph();
    private final InlineAlert problems = new InlineAlert();
    private final FieldErrors errors = new FieldErrors();
    private BusinessHoursSettings shown;

    public BusinessHoursView(BusinessHoursService service, ClinicTime time) {
        this.service = service;
        this.time = time;
        addClassName("pathway-view");
        setMaxWidth("60em");

        days.setId("hours-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.US));
        opens.setId("hours-opens");
        closes.setId("hours-closes");
        opens.setStep(Duration.ofMinutes(15));
        closes.setStep(Duration.ofMinutes(15));
        for (NumberField target : List.of(firstResponse, consultation)) {
            target.setStep(0.25);
            target.setMin(0.25);
            target.setStepButtonsVisible(true);
            target.setWidth("20em");
        }
        firstResponse.setId("hours-first-response");
        firstResponse.setHelperText("From the inquiry to the first contact");
        consultation.setId("hours-consultation");
        consultation.setHelperText("From the inquiry to a booked consultation");
        errors.bind("workingDays", days).bind("opens", opens).bind("closes", closes)
                .bind("firstResponse", firstResponse).bind("consultation", consultation);

        holidayGrid.setId("hours-holidays");
        holidayGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        holidayGrid.addColumn(h -> h.day().format(DAY)).setHeader("Date").setAutoWidth(true);
        holidayGrid.addColumn(Holiday::name).setHeader("Name").setFlexGrow(1);
        holidayGrid.addComponentColumn(h -> {
            Button remove = new Button("Remove", e -> {
                holidays.remove(h);
                showHolidays();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove the holiday " + h.name() + " on " + h.day());
            return remove;
        }).setHeader("").setAutoWidth(true);
        holidayGrid.setAllRowsVisible(true);
        holidayGrid.setEmptyStateText("No holidays: every working day counts.");
        holidayDay.setId("hours-holiday-day");
        holidayName.setId("hours-holiday-name");
        holidayName.setMaxLength(80);
        Button addHoliday = new Button("Add holiday", VaadinIcon.PLUS.create(), e -> addHoliday());
        addHoliday.setId("hours-holiday-add");
        HorizontalLayout holidayForm = new HorizontalLayout(holidayDay, holidayName, addHoliday);
        holidayForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        holidayForm.setWrap(true);

        Button save = new Button("Save business hours", e -> save());
        save.setId("hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("hours-problems");
        lastSaved.setId("hours-last-saved");
        lastSaved.addClassName("hours-last-saved");

        HorizontalLayout hours = new HorizontalLayout(opens, closes);
        hours.setWrap(true);
        HorizontalLayout targets = new HorizontalLayout(firstResponse, consultation);
        targets.setWrap(true);
        add(new H2("Business hours"),
                new Paragraph("Service-level targets count only these hours. Times are in the clinic's time zone, "
                        + time.zone().getId() + ". A change applies to inquiries that arrive from now on; deadlines "
                        + "already set stay as they are."),
                days, hours, targets, new H3("Holidays"), holidayGrid, holidayForm, problems, save, lastSaved);
        show(service.current());
    }

    private void show(BusinessHoursSettings settings) {
        shown = settings;
        errors.clear();
        days.setValue(settings.workingDays());
        opens.setValue(settings.opens());
        closes.setValue(settings.closes());
        firstResponse.setValue(hours(settings.firstResponse()));
        consultation.setValue(hours(settings.consultation()));
        holidays.clear();
        holidays.addAll(settings.holidays());
        showHolidays();
        lastSaved.setText(settings.updatedBy() == null ? "These are the shipped defaults; no one has changed them yet."
                : "Last saved by " + settings.updatedBy() + ", " + time.format(settings.updatedAt()) + ".");
    }

    private void showHolidays() {
        holidays.sort(Comparator.comparing(Holiday::day));
        holidayGrid.setItems(holidays);
    }

    private void addHoliday() {
        holidayDay.setInvalid(false);
        holidayName.setInvalid(false);
        if (holidayDay.getValue() == null) {
            holidayDay.setErrorMessage("Choose the day off, e.g. 12/25/2026.");
            holidayDay.setInvalid(true);
            holidayDay.focus();
            return;
        }
        if (holidays.stream().anyMatch(h -> h.day().equals(holidayDay.getValue()))) {
            holidayDay.setErrorMessage("This day is already a holiday.");
            holidayDay.setInvalid(true);
            return;
        }
        if (holidayName.getValue().isBlank()) {
            holidayName.setErrorMessage("Name the holiday, e.g. Christmas Day.");
            holidayName.setInvalid(true);
            holidayName.focus();
            return;
        }
        holidays.add(new Holiday(holidayDay.getValue(), holidayName.getValue().strip()));
        showHolidays();
        holidayDay.clear();
        holidayName.clear();
        holidayDay.focus();
    }

    private void save() {
        errors.clear();
        problems.clear();
        BusinessHoursSettings edit = shown.with(days.getValue(), opens.getValue(), closes.getValue(), holidays,
                duration(firstResponse.getValue()), duration(consultation.getValue()));
        try {
            show(service.save(edit));
            Notifications.success("Business hours saved. They apply to inquiries from now on.");
        } catch (InvalidInputException e) {
            errors.show(e, rest -> problems.show("Not saved.", rest));
        } catch (ConflictException e) {
            problems.show(e.getMessage());
        }
    }

    private static Double hours(Duration target) {
        return target == null ? null : target.toMinutes() / 60.0;
    }

    private static Duration duration(Double hours) {
        return hours == null ? null : Duration.ofMinutes(Math.round(hours * 60));
    }
}
