package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.plasticitylab.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The SCENARIO argument of a command that runs one scenario, with the shared overrides. */
final class ScenarioInput {
    @Mixin
    SharedOptions shared;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A preset name or a .yaml/.json file.",
            completionCandidates = PresetNames.class)
    String scenario;

    /** The named scenario with the overrides applied, its notes printed on {@code err}. */
    Scenario load(PrintWriter err) throws IOException {
        return shared.apply(ScenarioSource.load(scenario), err);
    }
}
