package org.plasticitylab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.cli.output.MissingValues;
import org.plasticitylab.explain.Counterfactual;
import org.plasticitylab.explain.Counterfactuals;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.explain.Narrative;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity explain SCENARIO}: what happened, in words and numbers. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Run a scenario and tell what happened, with numbers: stress, each dose,"
                + " the plasticity window and its fitted half-life, the recovery (response,"
                + " peak improvement, relapse) and where the run ended against the healthy"
                + " baseline.",
                "It also runs the same scenario without its therapy and without its drugs, in"
                        + " parallel with the main run, and reports what each changed in"
                        + " improvement and positive recall at the end of the induction course"
                        + " and at the end of the run, and in response and relapse."},
        footerHeading = "%nExample:%n", footer = "  plasticity explain ketamine-single --days 49")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--json", description = "Print the findings as JSON, for tools.")
    boolean json;

    @Option(names = "--no-counterfactual",
            description = "Skip the comparison runs without therapy and without drugs (faster).")
    boolean noCounterfactual;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario s = input.load(err);
            List<Counterfactual.Kind> kinds = noCounterfactual ? List.of()
                    : Counterfactuals.kindsFor(s);
            Resources.checkRuns(s, 1 + kinds.size());
            Resources.announce(err, input.shared.quiet, Collections.nCopies(1 + kinds.size(), s),
                    ParallelRuns.defaultThreads());
            // The run and its counterfactuals at once, as one progress.
            List<Scenario> runs = new ArrayList<>(List.of(s));
            kinds.forEach(k -> runs.add(k.applyTo(s)));
            List<Result> results = ParallelRuns.all(runs, Progress.start(input.shared.quiet, err,
                    "explain " + s.name()));
            List<Counterfactual> counterfactuals = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                counterfactuals.add(new Counterfactual(kinds.get(i), results.get(i + 1)));
            }
            Result result = results.get(0);
            Explanation explanation = Narrative.explain(result, counterfactuals);
            PrintWriter o = spec.commandLine().getOut();
            o.print(json ? jsonMapper().writeValueAsString(explanation) + "\n"
                    : explanation.text());
            o.flush();
            // Nothing cancels these runs, so every one completed.
            return ExitCodes.OK;
        });
    }

    /**
     * Made on use, not in a static field: picocli instantiates every subcommand at start-up, and
     * creating a mapper loads several hundred Jackson classes that only --json needs.
     */
    private static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(MissingValues.jsonModule())
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
