package com.pathway.bench;

import java.util.List;

/**
 * What one scenario reported.
 *
 * @param scenario its name
 * @param status {@code measured}, {@code not built yet} (the feature does not exist) or {@code failed}
 * @param note how it was measured, or why there are no figures
 * @param rows the figures
 */
public record ScenarioResult(String scenario, String status, String note, List<Row> rows) {

    public static final String MEASURED = "measured";
    public static final String NOT_BUILT = "not built yet";
    public static final String FAILED = "failed";

    public static ScenarioResult measured(String scenario, String note, List<Row> rows) {
        return new ScenarioResult(scenario, MEASURED, note, List.copyOf(rows));
    }

    public static ScenarioResult notBuilt(String scenario, String note) {
        return new ScenarioResult(scenario, NOT_BUILT, note, List.of());
    }

    public static ScenarioResult failed(String scenario, String note) {
        return new ScenarioResult(scenario, FAILED, note, List.of());
    }
}
