package org.plasticitylab.cli.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.cli.output.Csv;
import org.plasticitylab.cli.output.SummaryFields;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.metrics.Interval;
import org.plasticitylab.sim.Result;

/** runs.csv (one summary row per run) and settings.csv (mean and 95 % interval per setting). */
public final class SweepFiles {
    private SweepFiles() {
    }

    /** Writes both files; {@code results} are in the order of {@link SweepGrid#scenarios}. */
    public static List<Path> write(SweepGrid grid, List<Result> results, Path dir)
            throws IOException {
        return List.of(AtomicFiles.writeString(dir.resolve("runs.csv"), runs(grid, results)),
                AtomicFiles.writeString(dir.resolve("settings.csv"), settings(grid, results)));
    }

    static String runs(SweepGrid grid, List<Result> results) {
        List<Object> header = new ArrayList<>(List.of("run", "setting", "seed"));
        grid.variations().forEach(v -> header.add(v.key()));
        header.addAll(SummaryFields.NAMES);
        StringBuilder b = new StringBuilder(Csv.line(header));
        int seeds = grid.seeds().size();
        for (int run = 0; run < results.size(); run++) {
            List<Object> row = new ArrayList<>(List.of(run + 1, run / seeds + 1,
                    results.get(run).scenario().seed()));
            row.addAll(grid.settings().get(run / seeds));
            row.addAll(SummaryFields.values(results.get(run).summary()));
            b.append(Csv.line(row));
        }
        return b.toString();
    }

    static String settings(SweepGrid grid, List<Result> results) {
        List<Object> header = new ArrayList<>(List.of("setting"));
        grid.variations().forEach(v -> header.add(v.key()));
        header.add("runs");
        for (String name : SummaryFields.NAMES) {
            header.addAll(List.of(name + "_mean", name + "_ci95_low", name + "_ci95_high"));
        }
        StringBuilder b = new StringBuilder(Csv.line(header));
        int seeds = grid.seeds().size();
        for (int s = 0; s < grid.settings().size(); s++) {
            List<Object> row = new ArrayList<>(List.of(s + 1));
            row.addAll(grid.settings().get(s));
            row.add(seeds);
            for (String name : SummaryFields.NAMES) {
                Interval interval = Interval.of95(grid.sample(results, s, name));
                row.addAll(List.of(interval.mean(), interval.low(), interval.high()));
            }
            b.append(Csv.line(row));
        }
        return b.toString();
    }
}
