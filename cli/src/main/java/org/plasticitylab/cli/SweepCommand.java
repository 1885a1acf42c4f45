package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plasticitylab.cli.sweep.SweepAxis;
import org.plasticitylab.cli.sweep.Shard;
import org.plasticitylab.cli.sweep.ShardFile;
import org.plasticitylab.cli.sweep.SweepFiles;
import org.plasticitylab.cli.sweep.SweepGrid;
import org.plasticitylab.cli.sweep.SweepRuns;
import org.plasticitylab.cli.sweep.Variation;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity sweep}: a grid of settings times seeds, run in parallel. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary scenario values over ranges and seeds; run in parallel; write"
                + " runs.csv (one summary row per run) and settings.csv (mean and 95 %% interval"
                + " per setting, over the seeds an outcome applies to, Student's t clipped to what"
                + " each outcome can be, with the response rate) and charts of the key outcomes:"
                + " response rate, days to relapse, improvement at the end of the course and of"
                + " the run, and end values (one key: a curve with its 95 %% band; two keys:"
                + " heat maps). Output is the same whatever the number of threads.",
                "Each finished run is saved in DIR/runs/; after Ctrl-C (exit 130) the same"
                        + " command continues where the sweep stopped.",
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
            description = "Output folder (default: plasticity-out/<name>-sweep). Running the"
                    + " same sweep into it again continues an interrupted sweep; any other"
                    + " folder that holds files needs --force.")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds files,"
            + " and start over instead of continuing the sweep in it.")
    boolean force;

    @Mixin
    ChartSettings charts;

    @Option(names = "--axis", paramLabel = "LABEL=x|A-x|x-A",
            description = "For one --vary: the charts' x axis as a label and the varied value x,"
                    + " moved or turned round, e.g. 'delay (days)=56-x'.")
    String axis;

    private SweepAxis chartAxis;

    @Option(names = "--threads", paramLabel = "N",
            description = "Parallel runs (default: all cores).")
    Integer threads;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only share K of N (the runs whose index leaves remainder K-1"
                    + " divided by N), e.g. one job of a cluster array; the folder gets the"
                    + " share's runs and shard.json. sweep-merge combines the N folders.")
    String shard;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario base = input.load(err);
            SweepGrid grid = grid();
            chartAxis = axis(grid);
            Shard share = share();
            ParallelRuns parallel = new ParallelRuns(threads != null ? threads
                    : ParallelRuns.defaultThreads());
            List<Scenario> runs = grid.scenarios(base);
            List<Scenario> shareRuns = IntStream.range(0, runs.size()).filter(share::has)
                    .mapToObj(runs::get).toList();
            Resources.checkParallel(shareRuns, parallel.threads());
            Resources.announce(err, input.shared.quiet, shareRuns, parallel.threads());
            Path dir = out != null ? out : Path.of("plasticity-out", base.name() + "-sweep");
            DiskSpace.check(dir, DiskSpace.tableBytes(shareRuns.size(),
                    charts.options().isPresent()));
            boolean continuing = !force && Files.isDirectory(dir.resolve(SweepRuns.FOLDER));
            try (Interruption interruption = Interruption.onInterrupt(parallel::cancel, err);
                    OutputFolder folder = OutputFolder.claim(dir, force, continuing,
                            CommandText.of(spec), SweepRuns.FOLDER)) {
                // Made at once, so that a sweep stopped before its first run ends continues.
                Files.createDirectories(dir.resolve(SweepRuns.FOLDER));
                Summary[] summaries = earlierRuns(dir, runs);
                List<Integer> todo = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    if (summaries[i] == null && share.has(i)) {
                        todo.add(i);
                    }
                }
                Progress progress = Progress.start(input.shared.quiet, err,
                        "sweep " + base.name());
                AtomicInteger done = new AtomicInteger(shareRuns.size() - todo.size());
                // where a continued sweep starts, for the time left
                showRuns(progress, done.get(), shareRuns.size());
                try {
                    parallel.run(todo.stream().map(runs::get).toList(), (k, result) -> {
                        int run = todo.get(k);
                        SweepRuns.write(dir, run, runs.get(run), result.summary());
                        summaries[run] = result.summary();
                        showRuns(progress, done.incrementAndGet(), shareRuns.size());
                    });
                } finally {
                    progress.end();
                }
                int reused = shareRuns.size() - todo.size();
                if (!share.equals(Shard.WHOLE)) {
                    return finishShard(new ShardFile.Contents(share, definition(base),
                            (int) Arrays.stream(summaries).filter(Objects::nonNull).count()),
                            folder, reused, interruption.happened());
                }
                return finish(base, grid, Arrays.asList(summaries), folder, reused,
                        interruption.happened());
            }
        });
    }

    private static void showRuns(Progress progress, int finished, int total) {
        progress.show((double) finished / total, finished + " of " + total + " runs");
    }

    /** The runs an interrupted sweep into {@code dir} finished, by index; null where not. */
    private Summary[] earlierRuns(Path dir, List<Scenario> runs) throws IOException {
        Summary[] summaries = new Summary[runs.size()];
        if (force) {
            SweepRuns.clear(dir);
            return summaries;
        }
        try {
            SweepRuns.read(dir, runs).forEach((run, summary) -> summaries[run] = summary);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        return summaries;
    }

    /** All runs done: every file; else only summary.json, saying how far the sweep got. */
    private int finish(Scenario base, SweepGrid grid, List<Summary> summaries,
            OutputFolder folder, int reused, boolean interrupted) throws IOException {
        Path dir = folder.dir();
        int finished = (int) summaries.stream().filter(Objects::nonNull).count();
        List<Path> files = new ArrayList<>();
        if (finished == summaries.size()) {
            files.addAll(SweepOutputs.write(base.name(), grid, summaries, dir, charts,
                    chartAxis, VersionProvider.version(), Progress.start(input.shared.quiet,
                            spec.commandLine().getErr(), "sweep " + base.name())));
            files.add(folder.complete(CommandText.of(spec), files, VersionProvider.version()));
        } else {
            files.add(SweepFiles.writeSummary(dir, base.name(), summaries.size(), finished,
                    VersionProvider.version()));
        }
        if (!input.shared.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d runs (%d settings x %d seeds) of %s", summaries.size(),
                    grid.settings().size(), grid.seeds().size(), base.name());
            o.println(reused > 0 ? "; " + reused + " already done in " + dir + "." : ".");
            if (finished < summaries.size()) {
                o.printf("Stopped after %d runs; run the same command again to continue.%n",
                        finished);
            }
            files.forEach(f -> o.println("Wrote " + f));
            o.println(Explanation.DISCLAIMER);
            o.flush();
        }
        if (finished == summaries.size()) {
            return ExitCodes.OK;
        }
        return interrupted ? ExitCodes.INTERRUPTED : ExitCodes.FAILURE;
    }

    /** A shard: its runs are in runs/, shard.json says how far it got and what it is of. */
    private int finishShard(ShardFile.Contents contents, OutputFolder folder, int reused,
            boolean interrupted) throws IOException {
        List<Path> files = new ArrayList<>(List.of(ShardFile.write(folder.dir(), contents,
                VersionProvider.version())));
        if (contents.completed()) {
            files.add(folder.complete(CommandText.of(spec), files, VersionProvider.version()));
        }
        if (!input.shared.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf("Shard %s: %d of its %d runs done%s.%n", contents.shard(),
                    contents.finished(), contents.size(), reused > 0 ? " (" + reused + " earlier)" : "");
            o.println(contents.completed() ? "Combine the shards with: plasticity sweep-merge"
                    + " DIR... --out DIR" : "Run the same command again to continue.");
            files.forEach(f -> o.println("Wrote " + f));
            o.println(Explanation.DISCLAIMER);
            o.flush();
        }
        if (contents.completed()) {
            return ExitCodes.OK;
        }
        return interrupted ? ExitCodes.INTERRUPTED : ExitCodes.FAILURE;
    }

    private ShardFile.Definition definition(Scenario base) {
        Long first = input.shared.seed;
        return new ShardFile.Definition(base, vary, first != null ? first : 1, seeds,
                axis != null ? axis : "");
    }

    private Shard share() {
        try {
            return shard != null ? Shard.parse(shard) : Shard.WHOLE;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private SweepAxis axis(SweepGrid grid) {
        if (axis == null) {
            return null;
        }
        if (grid.variations().size() != 1) {
            throw new UserInputException("--axis needs exactly one --vary, was "
                    + grid.variations().size());
        }
        try {
            return SweepAxis.parse(axis);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private SweepGrid grid() {
        try {
            List<Variation> variations = new ArrayList<>();
            for (String v : vary) {
                Variation variation = Variation.parse(v);
                variations.stream().filter(earlier -> earlier.key().equals(variation.key()))
                        .findFirst().ifPresent(earlier -> {
                            throw new UserInputException("--vary names " + variation.key()
                                    + " twice; vary each key once (give all its values in one"
                                    + " FROM:TO:STEPS)");
                        });
                variations.add(variation);
            }
            Long first = input.shared.seed;
            return SweepGrid.of(variations, first != null ? first : 1, seeds);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
