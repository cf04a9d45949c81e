package com.pathway.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** The dashboard's figures on PostgreSQL from the daily totals (one filter: the run's campaign). */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class ReportsFromDayTotalsOnPostgresTest extends DayTotalsScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.DAY_TOTALS;
    }
}
