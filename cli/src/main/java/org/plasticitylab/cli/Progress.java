package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * How far a long job has got, on stderr: a redrawn bar when stderr is a terminal
 * ({@link ProgressBar}), occasional plain lines when it is a file or a pipe
 * ({@link ProgressLines}), nothing with {@code --quiet}. Nothing shows in the first
 * {@value #DELAY_NANOS} ns, so quick jobs stay quiet. Safe to call from several threads.
 */
abstract class Progress {
    static final long DELAY_NANOS = 1_000_000_000L;

    /** Shows nothing: for --quiet. */
    static final Progress NONE = new Progress("", System::nanoTime) {
        @Override
        boolean due(long elapsedNanos, double done) {
            return false;
        }

        @Override
        void draw(long elapsedNanos, double done, String detail, String timeLeft) {
            // quiet
        }
    };

    /** Where progress goes and the clock it is timed by; a test replaces the real ones. */
    record Setting(boolean terminal, LongSupplier clock) {
    }

    private static volatile Setting testSetting;

    final String label;
    private final LongSupplier clock;
    private final long start;
    /** The share done when first told, NaN before: a resumed job's pace counts from there. */
    private double first = Double.NaN;
    private boolean ended;

    Progress(String label, LongSupplier clock) {
        this.label = label;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * The progress of a job named {@code label} (e.g. "run healthy"): a bar on a terminal,
     * plain lines elsewhere, none when {@code quiet}.
     */
    static Progress start(boolean quiet, PrintWriter err, String label) {
        if (quiet) {
            return NONE;
        }
        Setting s = testSetting != null ? testSetting
                : new Setting(StderrTerminal.isTerminal(), System::nanoTime);
        return s.terminal() ? new ProgressBar(err, label, s.clock())
                : new ProgressLines(err, label, s.clock());
    }

    /** Makes {@link #start} use {@code setting} until {@link #useReal}. */
    static void useInTests(Setting setting) {
        testSetting = setting;
    }

    /** Makes {@link #start} look at the real stderr and clock again. */
    static void useReal() {
        testSetting = null;
    }

    /**
     * Shows that the share {@code done} (0..1) is done, {@code detail} saying of what. The
     * first call says where the job started: a job that continues earlier work calls it with
     * that share before it starts, so that the time left counts only its own pace.
     */
    final synchronized void show(double done, String detail) {
        if (Double.isNaN(first)) {
            first = done;
        }
        long elapsed = clock.getAsLong() - start;
        if (!ended && elapsed >= DELAY_NANOS && due(elapsed, done)) {
            draw(elapsed, done, detail, timeLeft(elapsed, first, done));
        }
    }

    /** The job is over (done, failed or stopped): clears what needs clearing; shows no more. */
    final synchronized void end() {
        if (!ended) {
            ended = true;
            clear();
        }
    }

    /** Whether to show {@code done} now, {@code elapsedNanos} after the start. */
    abstract boolean due(long elapsedNanos, double done);

    /** Shows {@code done} with {@code detail} and the {@link #timeLeft}, if known. */
    abstract void draw(long elapsedNanos, double done, String detail, String timeLeft);

    void clear() {
        // most displays leave nothing to clear
    }

    /**
     * The time left at the pace so far, e.g. {@code ", 1:05 left"}; empty before 1 % more is
     * done, when the pace says too little.
     *
     * @param elapsedNanos time since the job started
     * @param first the share done when it started (more than 0 when it continues earlier work)
     * @param done the share done now, 0..1
     * @return the text to append
     */
    static String timeLeft(long elapsedNanos, double first, double done) {
        if (!(done - first >= 0.01) || done >= 1) {
            return "";
        }
        long seconds = Math.round(elapsedNanos / 1e9 * (1 - done) / (done - first));
        String text = seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
        return ", " + text + " left";
    }

    /** The share done as a whole percentage, e.g. {@code " 50 %"}. */
    static String percent(double done) {
        return String.format("%3d %%", Math.round(done * 100));
    }
}
