package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.tasks.BusinessHoursSettings.Holiday;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** Administrators edit business hours, holidays and targets; deadlines of new inquiries follow at once. */
@WorkflowTest
class BusinessHoursServiceTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Autowired
    BusinessHoursService service;

    @Autowired
    ServiceLevels levels;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void admin() {
        SignedIn.as("admin", "ADMIN");
    }

    @AfterEach
    void backToTheDefaults() {
        jdbc.update("delete from business_hours");
        jdbc.update("delete from business_holiday");
        levels.forget();
        SignedIn.out();
    }

    @Test
    void theShippedDefaultsApplyUntilSomeoneSavesOthers() {
        BusinessHoursSettings shown = service.current();

        assertThat(shown.workingDays()).isEqualTo(WEEKDAYS);
        assertThat(shown.opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(shown.closes()).isEqualTo(LocalTime.of(17, 0));
        assertThat(shown.firstResponse()).isEqualTo(Duration.ofHours(4));
        assertThat(shown.consultation()).isEqualTo(Duration.ofHours(40));
        assertThat(shown.version()).isZero();
        assertThat(shown.updatedBy()).isNull();
    }

    @Test
    void savedHoursHolidaysAndTargetsDecideTheDeadlinesOfNewInquiriesAndAreAudited() {
        // Friday Dec 4, 2026, 16:00 in the clinic's zone; the next Monday is made a holiday
        ZonedDateTime friday = LocalDateTime.of(2026, 12, 4, 16, 0).atZone(levels.zone());
        assertThat(levels.firstResponseDue(friday.toInstant())).as("before: Monday 12:00")
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 12, 0).atZone(levels.zone()).toInstant());

        EnumSet<DayOfWeek> withSaturday = EnumSet.copyOf(WEEKDAYS);
        withSaturday.add(DayOfWeek.SATURDAY);
        BusinessHoursSettings saved = service.save(service.current().with(withSaturday, LocalTime.of(8, 0),
                LocalTime.of(17, 0), List.of(new Holiday(LocalDate.of(2026, 12, 5), "Staff day")),
                Duration.ofMinutes(150), Duration.ofHours(30)));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedBy()).isEqualTo("admin");
        assertThat(saved.holidays()).containsExactly(new Holiday(LocalDate.of(2026, 12, 5), "Staff day"));
        // Friday 16:00-17:00 is one hour; Saturday is a holiday; Monday opens at 8:00, so 1.5 h more: 9:30
        assertThat(levels.firstResponseDue(friday.toInstant()))
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 30).atZone(levels.zone()).toInstant());
        assertThat(levels.consultationTarget()).isEqualTo(Duration.ofHours(30));
        String details = jdbc.queryForObject("select details from audit_entry where action = 'BUSINESS_HOURS_CHANGED'"
                + " order by id desc fetch first 1 rows only", String.class);
        assertThat(details).contains("SATURDAY", "08:00", "PT2H30M", "2026-12-05");
    }

    @Test
    void inconsistentSettingsAreRefusedFieldByFieldAndNothingIsSaved() {
        BusinessHoursSettings current = service.current();

        assertThatThrownBy(() -> service.save(current.with(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(17, 0),
                LocalTime.of(9, 0), List.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas"),
                        new Holiday(LocalDate.of(2026, 12, 25), " ")),
                Duration.ZERO, Duration.ofHours(1000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("workingDays", "Choose at least one working day.")
                        .containsEntry("closes", "The clinic must close after it opens (17:00).")
                        .containsKeys("firstResponse", "consultation", "holidays"));
        assertThatThrownBy(() -> service.save(current.with(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of(), Duration.ofHours(8), Duration.ofHours(4))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("consultation",
                                "The consultation target cannot be shorter than the first-response target."));

        assertThat(service.current().version()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from business_holiday", Integer.class)).isZero();
    }

    @Test
    void aSaveStartedFromOlderSettingsIsRefusedAndKeepsTheOtherPersonsChange() {
        BusinessHoursSettings mine = service.current();
        service.save(mine.with(WEEKDAYS, LocalTime.of(10, 0), LocalTime.of(18, 0), List.of(), Duration.ofHours(4),
                Duration.ofHours(40)));

        assertThatThrownBy(() -> service.save(mine.with(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(15, 0), List.of(),
                Duration.ofHours(4), Duration.ofHours(40)))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Someone else saved the business hours meanwhile");
        assertThat(service.current().opens()).isEqualTo(LocalTime.of(10, 0));
    }
}
