package com.pathway.bench;

/**
 * What a scenario may use: the run's configuration and the running application.
 *
 * @param config the command line
 * @param app the application under test, already healthy
 * @param api HTTP calls to it
 * @param data the data loaded before the application started
 */
public record BenchContext(BenchConfig config, AppUnderTest app, Api api, LoadedData data) {

    public Scale scale() {
        return config.scale();
    }

    /**
     * Leads loaded by the data generator.
     *
     * @param leads lead rows
     * @param historyRows status-change rows of their journeys
     * @param method how the rows were written (JDBC batches or COPY)
     * @param seconds how long loading took
     */
    public record LoadedData(long leads, long historyRows, String method, double seconds) {
    }
}
