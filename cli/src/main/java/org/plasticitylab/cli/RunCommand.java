package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.plasticitylab.cli.output.RunFiles;
import org.plasticitylab.cli.output.SummaryTable;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.StepListener;
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
        description = {"Run a scenario; write timeseries.csv, summary.json, scenario.yaml"
                + " (what actually ran) and the charts (PNG and SVG), and print a short summary.",
                "Ctrl-C stops at the next step, writes what there is (\"completed\": false in"
                        + " summary.json) and exits with 130."},
        footerHeading = "%nExample:%n",
        footer = "  plasticity run ketamine-series-therapy --days 28 --out results")
final class RunCommand implements Callable<Integer> {
    /** Most days between checkpoints; more than any scenario may last. */
    static final int MAX_CHECKPOINT_DAYS = (int) Scenario.MAX_DAYS;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: plasticity-out/<name>); one that holds files"
                    + " needs --force.")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds files,"
            + " replacing files of the same names.")
    boolean force;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            converter = FormatConverter.class,
            description = "Time-series file format: csv or json (default: ${DEFAULT-VALUE}).")
    RunFiles.Format format;

    @Option(names = "--checkpoint-every", paramLabel = "DAYS",
            description = "Save the run's state to DIR/checkpoints/day-NNN.ckpt every DAYS"
                    + " (a whole number) of simulated time.")
    Integer checkpointEveryDays;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue from a checkpoint of the same scenario and options; the"
                    + " files are those of an uninterrupted run. May write into the folder the"
                    + " checkpoint is in without --force.")
    Path resume;

    @Mixin
    ChartSettings charts;

    private Optional<PeriodicCheckpoints> checkpoints = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario s = input.load(err);
            checkOptions();
            Path dir = out != null ? out : Path.of("plasticity-out", s.name());
            long checkpoints = checkpointEveryDays == null ? 0
                    : PeriodicCheckpoints.count(s.days(), checkpointEveryDays);
            DiskSpace.check(dir, DiskSpace.runBytes(s, charts.options().isPresent(),
                    checkpoints));
            Resources.announce(err, input.shared.quiet, List.of(s), 1);
            Progress progress = Progress.start(input.shared.quiet, err, "run " + s.name());
            CapturingRun capturing = start(s, dir, progress);
            try (Interruption interruption = Interruption.onInterrupt(capturing::cancel, err);
                    OutputFolder folder = OutputFolder.claim(dir, force,
                            resume != null && isWithin(resume, dir), CommandText.of(spec),
                            PeriodicCheckpoints.FOLDER)) {
                CapturedRun run;
                try {
                    run = capturing.run();
                } finally {
                    progress.end();
                }
                return finish(run, folder, interruption);
            }
        });
    }

    private void checkOptions() {
        if (checkpointEveryDays != null
                && (checkpointEveryDays < 1 || checkpointEveryDays > MAX_CHECKPOINT_DAYS)) {
            throw new UserInputException("--checkpoint-every must be a whole number of days in"
                    + " [1, " + MAX_CHECKPOINT_DAYS + "], was " + checkpointEveryDays);
        }
        if (resume != null && !Files.isRegularFile(resume)) {
            throw new UserInputException("no checkpoint file named " + resume);
        }
    }

    /** The run, resumed and checkpointing as asked; a checkpoint that does not fit is bad input. */
    private CapturingRun start(Scenario s, Path dir, Progress progress) {
        AtomicReference<CapturingRun> running = new AtomicReference<>();
        List<StepListener> listeners = new ArrayList<>(List.of(
                new RunsProgress(progress, List.of(s)).listener(0)));
        if (checkpointEveryDays != null) {
            checkpoints = Optional.of(new PeriodicCheckpoints(dir, checkpointEveryDays,
                    s.dtHours(), file -> running.get().saveCheckpoint(file)));
            listeners.add(checkpoints.get());
        }
        try {
            running.set(CapturingRun.of(s, Optional.ofNullable(resume), listeners));
            return running.get();
        } catch (UncheckedIOException e) {
            throw new UserInputException("cannot resume: " + e.getMessage() + "; resume with the"
                    + " scenario and options (--days, --seed, --neurons, --dt-hours) of the run"
                    + " that saved it");
        }
    }

    /**
     * Writes the data, then the charts (stopping at Ctrl-C), then summary.json, then the
     * completion marker, and prints the summary.
     */
    private int finish(CapturedRun run, OutputFolder folder, Interruption interruption)
            throws IOException {
        Result result = run.result();
        Path dir = folder.dir();
        List<Path> files = new ArrayList<>(RunFiles.writeData(result, dir, format));
        Progress drawing = Progress.start(input.shared.quiet, spec.commandLine().getErr(),
                "run " + result.scenario().name());
        boolean chartsDone = charts.options().map(o -> ChartWriter.write(RunCharts.charts(run),
                dir, o, interruption::happened, files, drawing)).orElse(true);
        boolean complete = result.completed() && chartsDone;
        files.add(RunFiles.writeSummary(result, dir, VersionProvider.version(), chartsDone));
        if (complete) {
            files.add(folder.complete(CommandText.of(spec), files, VersionProvider.version()));
        }
        if (!input.shared.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(SummaryTable.of(result));
            if (charts.options().isPresent() && chartsDone && !run.hasSnapshots()) {
                o.println("No network charts: the run resumed after the day of their"
                        + " \"before\" snapshot.");
            }
            if (result.completed() && !chartsDone) {
                o.println("Stopped while writing the charts: the data files are whole, some"
                        + " charts are missing (\"completed\": false, no " + OutputFolder.MARKER
                        + ").");
            }
            o.println("Files in " + dir + ":");
            files.forEach(f -> o.println("  " + f.getFileName()));
            if (!result.completed()) {
                checkpoints.flatMap(PeriodicCheckpoints::lastSaved).ifPresent(c -> o.println(
                        "To continue: the same command with --resume " + c));
            }
            o.flush();
        }
        if (complete && interruption.happened()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Ctrl-C came after the run had finished: every file is written (see "
                    + OutputFolder.MARKER + "); the exit code is 130 all the same");
            err.flush();
        }
        if (complete) {
            return ExitCodes.OK;
        }
        return interruption.happened() ? ExitCodes.INTERRUPTED : ExitCodes.FAILURE;
    }

    private static boolean isWithin(Path file, Path dir) {
        return file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    /**
     * Runs the scenario, keeping network snapshots for the charts, its steps shown by
     * {@code progress}, which it ends. The numbers are those of {@code Simulation.run}.
     */
    static CapturedRun runWithProgress(Scenario s, Progress progress) {
        try {
            return CapturingRun.of(s, Optional.empty(),
                    List.of(new RunsProgress(progress, List.of(s)).listener(0))).run();
        } finally {
            progress.end();
        }
    }
}
