package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plasticitylab.cli.sweep.ShardFile;
import org.plasticitylab.cli.sweep.SweepAxis;
import org.plasticitylab.cli.sweep.SweepGrid;
import org.plasticitylab.cli.sweep.SweepRuns;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plasticity sweep-merge}: the folders of {@code sweep --shard K/N}, one per share,
 * combined into the folder of the whole sweep, with the same files, byte for byte, as one
 * unsharded {@code sweep} writes (the completion marker names this command instead).
 */
@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        description = {"Combine the folders of a sweep run in shards (sweep ... --shard K/N)"
                + " into one sweep folder: runs/, runs.csv, settings.csv, datapackage.json,"
                + " summary.json and the charts, the same files as the sweep run whole.",
                "Every shard 1..N of the same sweep must be given, each complete."},
        footerHeading = "%nExample:%n",
        footer = "  plasticity sweep-merge shard-1 shard-2 shard-3 --out dose-sweep")
final class SweepMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' folders.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The merged sweep's folder; one that holds files needs --force.")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds files.")
    boolean force;

    @Mixin
    ChartSettings charts;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, verbose, () -> {
            ShardFile.Definition sweep = checkedShards();
            SweepGrid grid = sweep.grid();
            List<Scenario> runs = grid.scenarios(sweep.base());
            SweepAxis axis = sweep.axis().isEmpty() ? null : SweepAxis.parse(sweep.axis());
            Summary[] summaries = new Summary[runs.size()];
            for (Path dir : shards) {
                read(dir, runs, summaries);
            }
            try (OutputFolder folder = OutputFolder.claim(out, force, false,
                    CommandText.of(spec), SweepRuns.FOLDER)) {
                SweepRuns.clear(out);
                for (int run = 0; run < runs.size(); run++) {
                    SweepRuns.write(out, run, runs.get(run), summaries[run]);
                }
                List<Path> files = new ArrayList<>(SweepOutputs.write(sweep.base().name(),
                        grid, Arrays.asList(summaries), out, charts, axis,
                        VersionProvider.version(), Progress.start(quiet, err,
                                "sweep-merge " + sweep.base().name())));
                files.add(folder.complete(CommandText.of(spec), files,
                        VersionProvider.version()));
                if (!quiet) {
                    PrintWriter o = spec.commandLine().getOut();
                    o.printf("%d runs (%d settings x %d seeds) of %s, merged from %d shards.%n",
                            runs.size(), grid.settings().size(), grid.seeds().size(),
                            sweep.base().name(), shards.size());
                    files.forEach(f -> o.println("Wrote " + f));
                    o.println(Explanation.DISCLAIMER);
                    o.flush();
                }
                return ExitCodes.OK;
            }
        });
    }

    /** The sweep the shards are of, once each share 1..N is there once, complete. */
    private ShardFile.Definition checkedShards() throws IOException {
        List<ShardFile.Contents> contents = new ArrayList<>();
        for (Path dir : shards) {
            try {
                contents.add(ShardFile.read(dir));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        ShardFile.Contents first = contents.get(0);
        int count = first.shard().count();
        boolean[] seen = new boolean[count];
        for (int i = 0; i < contents.size(); i++) {
            ShardFile.Contents c = contents.get(i);
            Path dir = shards.get(i);
            if (c.shard().count() != count || !ShardFile.sameSweep(c.sweep(), first.sweep())) {
                throw new UserInputException(dir + " is a shard of another sweep than "
                        + shards.get(0) + " (other scenario, values, seeds, axis or number of"
                        + " shards)");
            }
            if (seen[c.shard().index() - 1]) {
                throw new UserInputException("shard " + c.shard() + " is given twice (again in "
                        + dir + ")");
            }
            seen[c.shard().index() - 1] = true;
            if (!c.completed()) {
                throw new UserInputException("shard " + c.shard() + " in " + dir + " is not"
                        + " complete (" + c.finished() + " of " + c.size() + " runs); run its"
                        + " sweep command again to finish it");
            }
        }
        for (int k = 0; k < count; k++) {
            if (!seen[k]) {
                throw new UserInputException("shard " + (k + 1) + "/" + count
                        + " is missing; give the folders of all " + count + " shards");
            }
        }
        return first.sweep();
    }

    /** The runs of one shard's folder into {@code summaries}, each checked against the grid. */
    private static void read(Path dir, List<Scenario> runs, Summary[] summaries)
            throws IOException {
        ShardFile.Contents contents = ShardFile.read(dir);
        Map<Integer, Summary> done;
        try {
            done = SweepRuns.read(dir, runs);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        done.forEach((run, summary) -> {
            if (!contents.shard().has(run)) {
                throw new UserInputException(dir + " holds run " + (run + 1) + ", which is not"
                        + " in shard " + contents.shard());
            }
            summaries[run] = summary;
        });
        if (done.size() != contents.size()) {
            throw new UserInputException(dir + " holds " + done.size() + " readable runs of"
                    + " the " + contents.size() + " of shard " + contents.shard()
                    + "; run its sweep command again to redo the others");
        }
    }
}
