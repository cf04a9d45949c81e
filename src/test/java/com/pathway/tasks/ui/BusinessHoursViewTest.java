package com.pathway.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.shared.ui.InlineAlert;
import com.pathway.support.ViewTest;
import com.pathway.tasks.BusinessHoursService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** The Business hours page: refusals on the fields, holidays added and removed, a save that applies. */
class BusinessHoursViewTest extends ViewTest {

    @AfterEach
    void backToTheDefaults() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from business_hours");
        jdbc.update("delete from business_holiday");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesRefusalsOnTheFieldsThenSavesHoursAndAHoliday() {
        open("admin", "admin/hours");
        TimePicker closes = _get(TimePicker.class, spec -> spec.withId("hours-closes"));
        NumberField firstResponse = _get(NumberField.class, spec -> spec.withId("hours-first-response"));
        assertThat(firstResponse.getValue()).isEqualTo(4.0);

        closes.setValue(LocalTime.of(8, 0));
        firstResponse.setValue(0.0);
        _click(button("hours-save"));
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("The clinic must close after it opens (09:00).");
        assertThat(firstResponse.isInvalid()).isTrue();

        // a holiday without a name is refused where it was added
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("hours-holiday-day"));
        TextField name = _get(TextField.class, spec -> spec.withId("hours-holiday-name"));
        day.setValue(LocalDate.of(2026, 12, 25));
        _click(button("hours-holiday-add"));
        assertThat(name.isInvalid()).isTrue();
        name.setValue("Christmas Day");
        _click(button("hours-holiday-add"));
        Grid<?> holidays = _get(Grid.class, spec -> spec.withId("hours-holidays"));
        assertThat(holidays.getGenericDataView().getItems().count()).isEqualTo(1);

        closes.setValue(LocalTime.of(18, 0));
        firstResponse.setValue(2.5);
        _get(CheckboxGroup.class, spec -> spec.withId("hours-days"))
                .setValue(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        _click(button("hours-save"));

        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Business hours saved"));
        assertThat(_find(InlineAlert.class, spec -> spec.withId("hours-problems"))).as("no problem shown").isEmpty();
        var saved = context.getBean(BusinessHoursService.class).current();
        assertThat(saved.closes()).isEqualTo(LocalTime.of(18, 0));
        assertThat(saved.firstResponse()).hasMinutes(150);
        assertThat(saved.workingDays()).doesNotContain(DayOfWeek.FRIDAY);
        assertThat(saved.holidays()).extracting(h -> h.name()).containsExactly("Christmas Day");
    }
}
