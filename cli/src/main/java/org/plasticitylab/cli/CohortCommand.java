package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.cli.cohort.CohortCharts;
import org.plasticitylab.cli.cohort.CohortFiles;
import org.plasticitylab.cli.cohort.CohortTable;
import org.plasticitylab.cli.cohort.PatientFiles;
import org.plasticitylab.cohort.Cohort;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.PatientOutcome;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity cohort SCENARIO...}: virtual patients, their response and relapse. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Run N virtual patients of each scenario, each with its own seed and its"
                + " own log-normal draw of clearance, central volume, NMDA IC50, stress"
                + " sensitivity and rate of positive experiences; write patients.csv (one row"
                + " per patient), cohort.json (response rate, median days to relapse, relapsed"
                + " fraction, the parameters' distributions) and a Kaplan-Meier chart of the"
                + " responders still well after the last dose, and a chart of each patient's"
                + " outcome. Several scenarios go into DIR/<name>/, with an overlay of their"
                + " curves in DIR. Output is the same whatever the number of threads.",
                "Each finished patient is saved in patients/; after Ctrl-C (exit 130) the same"
                        + " command continues where the cohort stopped."},
        footerHeading = "%nExample:%n",
        footer = "  plasticity cohort ketamine-series ketamine-series-therapy --patients 100")
final class CohortCommand implements Callable<Integer> {
    /** Most patients per scenario: a typo beyond it, and the patients.csv of a large trial. */
    static final int MAX_PATIENTS = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*",
            description = "Preset names or .yaml/.json files.",
            completionCandidates = PresetNames.class)
    List<String> scenarios;

    @Option(names = "--patients", paramLabel = "N", required = true,
            description = "Virtual patients per scenario. --seed sets the base seed every"
                    + " patient's seed and draw derive from (default: the scenario's).")
    int patients;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: plasticity-out/cohort-<name>). Running the"
                    + " same cohort into it again continues an interrupted cohort; any other"
                    + " folder that holds files needs --force.")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds files,"
            + " and start over instead of continuing the cohort in it.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N",
            description = "Patients run at once (default: all cores).")
    Integer threads;

    @Mixin
    ChartSettings charts;

    /** The cohort being run, for Ctrl-C. */
    private volatile Cohort running;
    private volatile boolean cancelled;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, shared.verbose, () -> {
            checkOptions();
            List<Scenario> loaded = load();
            Path dir = out != null ? out : Path.of("plasticity-out", "cohort-"
                    + String.join("-", loaded.stream().map(Scenario::name).toList()));
            List<Path> folders = loaded.size() == 1 ? List.of(dir)
                    : loaded.stream().map(s -> dir.resolve(s.name())).toList();
            int threadCount = threads != null ? threads : ParallelRuns.defaultThreads();
            Resources.checkParallel(loaded, threadCount);
            Resources.announce(err, shared.quiet, patientRuns(loaded), threadCount);
            DiskSpace.check(dir, DiskSpace.tableBytes(patients * loaded.size(),
                    charts.options().isPresent()));
            boolean continuing = !force && folders.stream()
                    .anyMatch(f -> Files.isDirectory(f.resolve(PatientFiles.FOLDER)));
            try (Interruption interruption = Interruption.onInterrupt(this::cancel, err);
                    OutputFolder folder = OutputFolder.claim(dir, force, continuing,
                            CommandText.of(spec), subfolders(dir, folders))) {
                if (force) {
                    for (Path f : folders) {
                        PatientFiles.clear(f);
                    }
                }
                List<CohortResult> results = new ArrayList<>();
                for (int i = 0; i < loaded.size() && !interruption.happened(); i++) {
                    results.add(run(loaded.get(i), folders.get(i)));
                }
                return finish(results, loaded.size(), folder, folders, interruption.happened());
            }
        });
    }

    /** Every patient's run, for the time estimate: the scenario once per patient. */
    private List<Scenario> patientRuns(List<Scenario> loaded) {
        List<Scenario> runs = new ArrayList<>();
        for (Scenario s : loaded) {
            runs.addAll(Collections.nCopies(patients, s));
        }
        return runs;
    }

    private void cancel() {
        cancelled = true;
        Cohort c = running;
        if (c != null) {
            c.cancel();
        }
    }

    private void checkOptions() {
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new UserInputException("--patients must be in [1, " + MAX_PATIENTS + "], was "
                    + patients);
        }
        if (threads != null && (threads < 1 || threads > ParallelRuns.MAX_THREADS)) {
            throw new UserInputException("--threads must be in [1, " + ParallelRuns.MAX_THREADS
                    + "], was " + threads);
        }
    }

    private List<Scenario> load() throws IOException {
        List<Scenario> loaded = new ArrayList<>();
        for (String s : scenarios) {
            loaded.add(shared.apply(ScenarioSource.load(s)));
        }
        if (new HashSet<>(loaded.stream().map(Scenario::name).toList()).size() < loaded.size()) {
            throw new UserInputException("the scenarios must have different names, were "
                    + String.join(", ", loaded.stream().map(Scenario::name).toList()));
        }
        return loaded;
    }

    /** The patient folders (and, for several scenarios, their own folders) under {@code dir}. */
    private static String[] subfolders(Path dir, List<Path> folders) {
        List<String> subfolders = new ArrayList<>();
        for (Path f : folders) {
            Path relative = dir.relativize(f);
            subfolders.add(relative.resolve(PatientFiles.FOLDER).toString());
            if (!relative.toString().isEmpty()) {
                subfolders.add(relative.toString());
            }
        }
        return subfolders.toArray(String[]::new);
    }

    /** One scenario's cohort, continuing from the patient files in {@code folder}. */
    private CohortResult run(Scenario s, Path folder) throws IOException {
        Progress progress = Progress.start(shared.quiet, spec.commandLine().getErr(),
                "cohort " + s.name());
        Cohort.Builder builder = Cohort.builder(s, patients).threads(threads != null ? threads
                : ParallelRuns.defaultThreads());
        Cohort plan = builder.build();
        try {
            List<PatientOutcome> earlier = PatientFiles.read(folder, plan);
            builder.done(earlier);
            // where a continued cohort starts, for the time left
            showPatients(progress, earlier.size(), patients);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Cohort cohort = builder.listener((outcome, finished, total) -> {
            PatientFiles.write(folder, plan, outcome);
            showPatients(progress, finished, total);
        }).build();
        running = cohort;
        if (cancelled) {
            cohort.cancel();
        }
        try {
            return cohort.run();
        } finally {
            running = null;
            progress.end();
        }
    }

    private static void showPatients(Progress progress, int finished, int total) {
        progress.show((double) finished / total, finished + " of " + total + " patients");
    }

    /** All done: every file and the table; else say how far it got. */
    private int finish(List<CohortResult> results, int expected, OutputFolder folder,
            List<Path> folders, boolean interrupted) throws IOException {
        Path dir = folder.dir();
        boolean complete = results.size() == expected
                && results.stream().allMatch(CohortResult::completed);
        List<Path> files = new ArrayList<>();
        if (complete) {
            for (int i = 0; i < results.size(); i++) {
                files.addAll(CohortFiles.write(results.get(i), folders.get(i),
                        VersionProvider.version()));
                CohortResult result = results.get(i);
                Path into = folders.get(i);
                charts.options().ifPresent(o -> ChartWriter.write(CohortCharts.charts(result),
                        into, o, () -> false, files, Progress.start(shared.quiet,
                                spec.commandLine().getErr(), "cohort " + result.scenario()
                                        .name())));
            }
            if (results.size() > 1) {
                charts.options().ifPresent(o -> files.addAll(
                        CohortCharts.writeComparison(results, dir, o)));
            }
        }
        if (complete) {
            files.add(folder.complete(CommandText.of(spec), files, VersionProvider.version()));
        }
        if (!shared.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            if (complete) {
                o.print(CohortTable.of(results));
                o.println("Files in " + dir + ":");
                files.forEach(f -> o.println("  " + dir.relativize(f)));
            } else {
                int finished = results.stream().mapToInt(r -> r.patients().size()).sum();
                o.printf("Stopped after %d of %d patients; run the same command again to"
                        + " continue.%n", finished, patients * expected);
            }
            o.println(Explanation.DISCLAIMER);
            o.flush();
        }
        if (complete) {
            return ExitCodes.OK;
        }
        return interrupted ? ExitCodes.INTERRUPTED : ExitCodes.FAILURE;
    }
}
