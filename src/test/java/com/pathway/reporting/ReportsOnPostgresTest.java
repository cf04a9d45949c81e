package com.pathway.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import com.pathway.reporting.internal.ReportQueries;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** The dashboard's figures on PostgreSQL from the per-lead summary, from the same hand-written history as on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class ReportsOnPostgresTest extends ReportScenarios {

    @Override
    ReportQueries.Basis basis() {
        return ReportQueries.Basis.SUMMARY;
    }
}
