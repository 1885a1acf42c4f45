package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.MemoryEstimate;

/**
 * The disk space a command's files will need, estimated generously and checked against the free
 * space before any work, so that a run is refused up front instead of failing at its last write.
 */
final class DiskSpace {
    /** Characters one time-series value takes in the CSV or JSON file, separator included. */
    static final long CHARS_PER_VALUE = 20;
    /** The charts of one run or sweep, PNG and SVG, at a large size. */
    static final long CHART_BYTES = 5L << 20;
    /** Engine state per synapse slot in a checkpoint: a float weight and a presence byte. */
    static final long CHECKPOINT_BYTES_PER_SLOT = Float.BYTES + 1;
    /** Engine state per unit in a checkpoint: rate, input, adaptation and a count. */
    static final long CHECKPOINT_BYTES_PER_UNIT = 3 * Double.BYTES + Integer.BYTES;

    /** runs/NNNN.json, a runs.csv row and a share of settings.csv (or a comparison row), rounded up. */
    static final long SWEEP_BYTES_PER_RUN = 4096;

    private DiskSpace() {
    }

    /** The files of one run: time series, charts, and {@code checkpoints} checkpoints. */
    static long runBytes(Scenario s, boolean charts, long checkpoints) {
        long rows = MemoryEstimate.of(s).samples();
        long series = rows * Column.values().length * CHARS_PER_VALUE;
        long checkpoint = s.network().slots() * CHECKPOINT_BYTES_PER_SLOT
                + (long) s.network().neurons() * CHECKPOINT_BYTES_PER_UNIT
                + rows * MemoryEstimate.BYTES_PER_SAMPLE;
        return series + (charts ? CHART_BYTES : 0) + checkpoints * checkpoint;
    }

    /** The files of a sweep or comparison: a run file and a row or two per run, and the charts. */
    static long tableBytes(int runs, boolean charts) {
        return runs * SWEEP_BYTES_PER_RUN + (charts ? CHART_BYTES : 0);
    }

    /**
     * Refuses the work if its files need more than the free space where {@code dir} is (or
     * will be created).
     *
     * @throws UserInputException with both figures
     */
    static void check(Path dir, long neededBytes) throws IOException {
        long free = Files.getFileStore(existingAncestor(dir.toAbsolutePath())).getUsableSpace();
        refusal(neededBytes, free).ifPresent(reason -> {
            throw new UserInputException(reason + " in " + dir);
        });
    }

    /** Why {@code neededBytes} do not fit in {@code freeBytes}, or empty if they do. */
    static Optional<String> refusal(long neededBytes, long freeBytes) {
        if (neededBytes <= freeBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the output files need about %s of disk"
                + " space but only %s is free; free some space, write elsewhere with --out, or"
                + " use fewer days, a larger sample_every_hours or --no-charts",
                MemoryEstimate.size(neededBytes), MemoryEstimate.size(freeBytes)));
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null ? p : dir.getRoot();
    }
}
