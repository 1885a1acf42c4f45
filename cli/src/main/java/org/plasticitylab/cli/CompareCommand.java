package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.output.Csv;
import org.plasticitylab.cli.output.DataPackage;
import org.plasticitylab.cli.output.Field;
import org.plasticitylab.cli.output.Fields;
import org.plasticitylab.cli.output.MissingValues;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.cli.output.SummaryTable;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.export.RunCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity compare A B [C...]}: several scenarios side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run two or more scenarios with the same options and show their outcomes"
                + " side by side; write comparison.csv and overlay charts.",
        footerHeading = "%nExample:%n",
        footer = "  plasticity compare ketamine-series therapy-only ketamine-series-therapy"
                + " --out window")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Parameters(paramLabel = "SCENARIO", arity = "2..*",
            description = "Preset names or .yaml/.json files.",
            completionCandidates = PresetNames.class)
    List<String> scenarios;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: plasticity-out/compare).")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds files,"
            + " replacing files of the same names.")
    boolean force;

    @Mixin
    ChartSettings charts;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, shared.verbose, () -> {
            List<Scenario> loaded = new ArrayList<>();
            for (String s : scenarios) {
                loaded.add(shared.apply(ScenarioSource.load(s), err));
            }
            Path dir = out != null ? out : Path.of("plasticity-out", "compare");
            Resources.checkParallel(loaded, ParallelRuns.defaultThreads());
            Resources.announce(err, shared.quiet, loaded, ParallelRuns.defaultThreads());
            DiskSpace.check(dir, DiskSpace.tableBytes(loaded.size(), charts.options().isPresent()));
            try (OutputFolder folder = OutputFolder.claim(dir, force, false,
                    CommandText.of(spec))) {
                List<Result> results = ParallelRuns.all(loaded, progress(err));
                List<Path> files = new ArrayList<>(write(results, dir));
                charts.options().ifPresent(o -> ChartWriter.write(
                        RunCharts.comparisonCharts(results), dir, o, () -> false, files,
                        progress(err)));
                files.add(folder.complete(CommandText.of(spec), files, VersionProvider.version()));
                if (!shared.quiet) {
                    PrintWriter o = spec.commandLine().getOut();
                    o.print(SummaryTable.compare(results));
                    o.println("Files in " + dir + ":");
                    files.forEach(f -> o.println("  " + f.getFileName()));
                    o.flush();
                }
                return ExitCodes.OK;
            }
        });
    }

    private Progress progress(PrintWriter err) {
        return Progress.start(shared.quiet, err, "compare " + scenarios.size() + " scenarios");
    }

    /** comparison.csv, one row per scenario, and its datapackage.json. */
    private static List<Path> write(List<Result> results, Path dir) throws IOException {
        List<Field> fields = new ArrayList<>(Fields.named(List.of("scenario", "seed", "days",
                "neurons")));
        fields.addAll(Fields.outcomes());
        StringBuilder b = new StringBuilder(Csv.line(Fields.header(fields)));
        for (Result r : results) {
            Scenario s = r.scenario();
            List<Object> row = new ArrayList<>(List.of(s.name(), s.seed(), s.days(),
                    s.network().neurons()));
            row.addAll(MissingValues.cells(SummaryFields.values(r.summary())));
            row.add(r.summary().responded());
            b.append(Csv.line(row));
        }
        return List.of(AtomicFiles.writeString(dir.resolve("comparison.csv"), b.toString()),
                DataPackage.write(dir, "comparison", List.of(new DataPackage.Table(
                        "comparison.csv", "One compared scenario per row.", fields))));
    }
}
