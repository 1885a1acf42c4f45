package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.cli.output.RunFiles;
import org.plasticitylab.cli.output.SummaryTable;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.run.CapturedRun;
import org.plasticitylab.viz.run.CapturingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity run SCENARIO}: one run, its files and a short summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario; write timeseries.csv, summary.json, scenario.yaml"
                + " (what actually ran) and the charts (PNG and SVG), and print a short summary.",
        footerHeading = "%nExample:%n",
        footer = "  plasticity run ketamine-series-therapy --days 28 --out results")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: plasticity-out/<name>).")
    Path out;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            converter = FormatConverter.class,
            description = "Time-series file format: csv or json (default: ${DEFAULT-VALUE}).")
    RunFiles.Format format;

    @Mixin
    ChartSettings charts;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario s = input.load();
            CapturedRun run = runWithProgress(s, input.shared.quiet, err);
            Result result = run.result();
            Path dir = out != null ? out : Path.of("plasticity-out", s.name());
            List<Path> files = new ArrayList<>(RunFiles.write(result, dir, format,
                    VersionProvider.version()));
            charts.options().ifPresent(o -> files.addAll(RunCharts.writeAll(run, dir, o)));
            if (!input.shared.quiet) {
                PrintWriter o = spec.commandLine().getOut();
                o.print(SummaryTable.of(result));
                o.println("Files in " + dir + ":");
                files.forEach(f -> o.println("  " + f.getFileName()));
                o.flush();
            }
            return result.completed() ? ExitCodes.OK : ExitCodes.FAILURE;
        });
    }

    /**
     * Runs the scenario, keeping network snapshots for the charts, with a progress bar on a
     * terminal for runs over a second. The numbers are those of {@code Simulation.run}.
     */
    static CapturedRun runWithProgress(Scenario s, boolean quiet, PrintWriter err) {
        if (!ProgressBar.wanted(quiet)) {
            return CapturingRun.run(s);
        }
        ProgressBar bar = new ProgressBar(err, s.name());
        try {
            return CapturingRun.of(s, bar).run();
        } finally {
            bar.clear();
        }
    }
}
