package com.pathway.clinic.treatment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.treatment.CourseStatus;

/** When a lead in treatment is flagged at risk of dropping off: an open course without a session for N days. */
class DropOffRuleTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);

    @Test
    void anOpenCourseWithoutASessionForTheDaysIsAtRisk() {
        assertThat(DropOffRule.atRisk(CourseStatus.ACTIVE, TODAY.minusDays(20), NOW.minus(7, ChronoUnit.DAYS), NOW, ZONE, 7))
                .isTrue();
        assertThat(DropOffRule.atRisk(CourseStatus.ACTIVE, TODAY.minusDays(20), NOW.minus(6, ChronoUnit.DAYS), NOW, ZONE, 7))
                .as("six days is not yet seven").isFalse();
    }

    @Test
    void aCourseWithoutAnySessionCountsFromItsStart() {
        assertThat(DropOffRule.atRisk(CourseStatus.PLANNED, TODAY.minusDays(8), null, NOW, ZONE, 7)).isTrue();
        assertThat(DropOffRule.atRisk(CourseStatus.PLANNED, TODAY.minusDays(3), null, NOW, ZONE, 7)).isFalse();
        assertThat(DropOffRule.atRisk(CourseStatus.PLANNED, TODAY.plusDays(30), null, NOW, ZONE, 1))
                .as("a course that starts later").isFalse();
    }

    @Test
    void anEndedCourseIsNeverAtRisk() {
        assertThat(DropOffRule.atRisk(CourseStatus.COMPLETED, TODAY.minusDays(90), null, NOW, ZONE, 7)).isFalse();
        assertThat(DropOffRule.atRisk(CourseStatus.STOPPED, TODAY.minusDays(90), null, NOW, ZONE, 7)).isFalse();
    }
}
