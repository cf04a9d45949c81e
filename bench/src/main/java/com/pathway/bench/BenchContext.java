package com.pathway.bench;

/**
 * What a scenario may use: the run's configuration and the running application.
 *
 * @param config the command line
 * @param app the application under test, already healthy
 * @param api HTTP calls to it
 * @param data the data loaded before the application started, or {@code null} when none was
 */
public record BenchContext(BenchConfig config, AppUnderTest app, Api api, LoadedData data) {

    public Scale scale() {
        return config.scale();
    }

    /**
     * Leads loaded by the data generator.
     *
     * @param leads lead rows
     * @param seconds how long loading took
     */
    public record LoadedData(long leads, double seconds) {
    }
}
