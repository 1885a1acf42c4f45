package org.plasticitylab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.sim.StepListener;
import org.plasticitylab.sim.StepView;

/**
 * {@code run --checkpoint-every DAYS}: after the step that reaches each multiple of DAYS of
 * simulated time, saves the run's state to {@code OUT/checkpoints/day-NNN.ckpt} (written to a
 * temporary name and moved into place, so a kill never leaves half a checkpoint).
 */
final class PeriodicCheckpoints implements StepListener {
    /** The subfolder of the output folder that holds the checkpoints. */
    static final String FOLDER = "checkpoints";
    /** Absorbs rounding in step x dt, so that day 2 is not missed at 47.99999 h. */
    private static final double EPSILON = 1e-9;

    /** Saves the run's state to a file; see {@code CapturingRun#saveCheckpoint}. */
    @FunctionalInterface
    interface Saver {
        void save(Path file) throws IOException;
    }

    private final Path folder;
    private final int everyDays;
    private final double dtHours;
    private final Saver saver;
    private long lastPeriod = Long.MIN_VALUE;
    private volatile Path lastSaved;

    /**
     * @param outDir the run's output folder
     * @param everyDays days of simulated time between checkpoints, at least 1
     * @param dtHours the run's time step
     * @param saver saves the state of the run this listens to
     */
    PeriodicCheckpoints(Path outDir, int everyDays, double dtHours, Saver saver) {
        this.folder = outDir.resolve(FOLDER);
        this.everyDays = everyDays;
        this.dtHours = dtHours;
        this.saver = saver;
    }

    /** The checkpoint file of a day: {@code day-007.ckpt}. */
    static String fileName(long day) {
        return String.format(Locale.ROOT, "day-%03d.ckpt", day);
    }

    /** How many checkpoints a run of {@code days} writes. */
    static long count(double days, int everyDays) {
        return (long) Math.floor(days / everyDays + EPSILON);
    }

    @Override
    public void afterStep(StepView view) {
        if (lastPeriod == Long.MIN_VALUE) {
            lastPeriod = period(view.timeHours() - dtHours);
        }
        long period = period(view.timeHours());
        if (period > lastPeriod) {
            lastPeriod = period;
            Path file = folder.resolve(fileName(period * everyDays));
            try {
                saver.save(file);
                lastSaved = file;
            } catch (IOException e) {
                throw new UncheckedIOException("could not save checkpoint " + file + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** The checkpoint saved last by this run, if any. */
    Optional<Path> lastSaved() {
        return Optional.ofNullable(lastSaved);
    }

    private long period(double hours) {
        return (long) Math.floor(hours / (everyDays * 24.0) + EPSILON);
    }
}
