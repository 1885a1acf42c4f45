package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress for a log file, a pipe or CI: plain lines such as
 * {@code run healthy: day 42 of 84 (50 %), 0:03 left}, no carriage return or escape code.
 * A line each time another tenth is done, at most one every {@value #MIN_GAP_NANOS} ns, and
 * one at least every {@value #MAX_GAP_NANOS} ns while a slow tenth goes on, so a log shows
 * the job is alive without filling up.
 */
final class ProgressLines extends Progress {
    static final long MIN_GAP_NANOS = 2_000_000_000L;
    static final long MAX_GAP_NANOS = 30_000_000_000L;

    private final PrintWriter err;
    private long lastLine;
    private long lastTenth;

    ProgressLines(PrintWriter err, String label, LongSupplier clock) {
        super(label, clock);
        this.err = err;
    }

    @Override
    boolean due(long elapsedNanos, double done) {
        long gap = elapsedNanos - lastLine;
        return gap >= MAX_GAP_NANOS || gap >= MIN_GAP_NANOS && tenth(done) > lastTenth;
    }

    @Override
    void draw(long elapsedNanos, double done, String detail, String timeLeft) {
        lastLine = elapsedNanos;
        lastTenth = tenth(done);
        err.println(label + ": " + detail + " (" + percent(done).strip() + ")" + timeLeft);
        err.flush();
    }

    private static long tenth(double done) {
        return (long) Math.floor(done * 10);
    }
}
