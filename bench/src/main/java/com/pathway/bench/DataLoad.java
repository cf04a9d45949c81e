package com.pathway.bench;

/**
 * Loads generated leads into the run's database while the application is stopped. Until the data
 * generator exists, nothing is loaded and the lead list runs on the leads the run itself created.
 */
final class DataLoad {

    private DataLoad() {
    }

    static BenchContext.LoadedData load(BenchConfig config) {
        Bench.log("data: no generator available; the lead list runs on demo data and the intake's inquiries");
        return null;
    }
}
