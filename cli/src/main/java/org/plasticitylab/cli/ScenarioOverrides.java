package org.plasticitylab.cli;

import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.MemoryEstimate;

/** Scenario changes asked for on the command line. */
final class ScenarioOverrides {
    private ScenarioOverrides() {
    }

    /** The scenario, if this JVM has the memory to run it. */
    static Scenario checkMemory(Scenario s) {
        MemoryEstimate.of(s).refusal(Runtime.getRuntime().maxMemory()).ifPresent(reason -> {
            throw new UserInputException("scenario " + s.name() + " " + reason);
        });
        return s;
    }
}
