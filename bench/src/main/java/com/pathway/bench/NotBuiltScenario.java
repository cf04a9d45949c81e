package com.pathway.bench;

/**
 * A scenario whose feature does not exist yet: it reports "not built yet" and no figures. Replace it
 * with a measuring scenario when the feature lands.
 */
public record NotBuiltScenario(String name, String whatItWillMeasure) implements Scenario {

    @Override
    public ScenarioResult run(BenchContext context) {
        return ScenarioResult.notBuilt(name, whatItWillMeasure + " The feature is not built yet, so there are no figures.");
    }
}
