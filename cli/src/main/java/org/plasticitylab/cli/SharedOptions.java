package org.plasticitylab.cli;

import java.io.PrintWriter;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import picocli.CommandLine.Option;

/** Options every scenario-running command shares: overrides of the scenario and verbosity. */
final class SharedOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--days", paramLabel = "D",
            description = "Simulate D days; events after day D are left out.")
    Double days;

    @Option(names = "--neurons", paramLabel = "N",
            description = "Network size, a multiple of 4 (default: the scenario's).")
    Integer neurons;

    @Option(names = "--dt-hours", paramLabel = "H", description = "Time step in hours (default 0.25).")
    Double dtHours;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors; no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    /**
     * The scenario with the given overrides, after printing on {@code err} (unless quiet) what
     * the user should know about it; a bad value is a {@link UserInputException}.
     */
    Scenario apply(Scenario scenario, PrintWriter err) {
        Scenario ran = apply(scenario);
        if (!quiet) {
            ScenarioNotes.of(scenario, ran).forEach(err::println);
            err.flush();
        }
        return ran;
    }

    /** The scenario with the given overrides; a bad value is a {@link UserInputException}. */
    Scenario apply(Scenario scenario) {
        try {
            Scenario s = days == null ? scenario : scenario.withDays(days);
            ScenarioBuilder b = s.toBuilder();
            if (seed != null) {
                b.seed(seed);
            }
            if (neurons != null) {
                b.network(new NetworkSpec(neurons, s.network().candidateSynapsesPerNeuron()));
            }
            if (dtHours != null) {
                b.dtHours(dtHours);
            }
            return Resources.checkMemory(b.build());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("invalid option value: " + e.getMessage());
        }
    }
}
