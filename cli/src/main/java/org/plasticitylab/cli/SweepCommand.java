package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.cli.sweep.SweepCharts;
import org.plasticitylab.cli.sweep.SweepFiles;
import org.plasticitylab.cli.sweep.SweepGrid;
import org.plasticitylab.cli.sweep.Variation;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity sweep}: a grid of settings times seeds, run in parallel. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary scenario values over ranges and seeds; run in parallel; write"
                + " runs.csv (one summary row per run) and settings.csv (mean and 95 %% interval"
                + " per setting) and charts of the key outcomes (one key: a curve with its 95 %%"
                + " band; two keys: heat maps). Output is the same whatever the number of"
                + " threads.",
                "KEY is a scenario file path: stress[0].level, treatments[0].dose_mg_per_kg,"
                        + " model.plasticity.tau_boost_hours, network.neurons, ..."},
        footerHeading = "%nExample:%n",
        footer = "  plasticity sweep ketamine-single --days 49 --vary"
                + " treatments[0].dose_mg_per_kg=0.25:1:4 --seeds 5 --out dose-sweep")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--vary", paramLabel = "KEY=FROM:TO:STEPS", required = true,
            description = "A value to vary: STEPS evenly spaced values from FROM to TO.")
    List<String> vary;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
            description = "Seeds per setting: --seed (default 1) onwards (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: plasticity-out/<name>-sweep).")
    Path out;

    @Mixin
    ChartSettings charts;

    @Option(names = "--threads", paramLabel = "N",
            description = "Parallel runs (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario base = input.load();
            SweepGrid grid = grid();
            List<Scenario> runs = grid.scenarios(base);
            runs.forEach(ScenarioOverrides::checkMemory);
            List<Result> results = ParallelRuns.run(runs,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
            Path dir = out != null ? out : Path.of("plasticity-out", base.name() + "-sweep");
            List<Path> files = new ArrayList<>(SweepFiles.write(grid, results, dir));
            charts.options().ifPresent(o -> files.addAll(
                    SweepCharts.write(grid, results, dir, o)));
            if (!input.shared.quiet) {
                PrintWriter o = spec.commandLine().getOut();
                o.printf("%d runs (%d settings x %d seeds) of %s.%n", runs.size(),
                        grid.settings().size(), grid.seeds().size(), base.name());
                files.forEach(f -> o.println("Wrote " + f));
                o.println(Explanation.DISCLAIMER);
                o.flush();
            }
            return ExitCodes.OK;
        });
    }

    private SweepGrid grid() {
        try {
            List<Variation> variations = new ArrayList<>();
            for (String v : vary) {
                variations.add(Variation.parse(v));
            }
            Long first = input.shared.seed;
            return SweepGrid.of(variations, first != null ? first : 1, seeds);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
