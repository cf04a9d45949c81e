package com.pathway.bench;

/** One benchmark scenario. Add a scenario by implementing this and listing it in {@link Bench}. */
public interface Scenario {

    String name();

    ScenarioResult run(BenchContext context) throws Exception;
}
