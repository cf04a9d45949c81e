package com.pathway.demo;

import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param database the database product it wrote to ("H2", "PostgreSQL")
 * @param method how rows were written ("JDBC batches" or "COPY")
 * @param leads lead rows (one work item each)
 * @param historyRows status-change rows (creation, transitions, reopenings)
 * @param changeRows changelog rows of the engine's fields (assignee, resolution)
 * @param referrersCreated referring providers added (existing ones of the same name are reused)
 * @param leadsByStatus how many of the generated leads end in each status
 * @param firstKey the key of the first generated lead, e.g. {@code PW-1}; null when none was generated
 * @param seconds wall-clock time of the whole load, including the commit
 */
public record GenerationReport(String database, String method, long leads, long historyRows, long changeRows,
        int referrersCreated, Map<String, Long> leadsByStatus, String firstKey, double seconds) {

    public long rows() {
        return 2 * leads + historyRows + changeRows + referrersCreated;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%,d leads, %,d history rows, %,d change rows, %d referrers (%,d rows) into %s by %s in %.1f s",
                leads, historyRows, changeRows, referrersCreated, rows(), database, method, seconds);
    }
}
