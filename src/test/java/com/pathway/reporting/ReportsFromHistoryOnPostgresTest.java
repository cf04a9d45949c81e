package com.pathway.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** The dashboard's figures on PostgreSQL grouped from the history (as while the summary is being rebuilt). */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class ReportsFromHistoryOnPostgresTest extends ReportScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.HISTORY;
    }
}
