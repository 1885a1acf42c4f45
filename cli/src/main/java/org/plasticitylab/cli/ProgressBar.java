package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with the time left, for a terminal: redrawn at most every
 * {@value #REDRAW_NANOS} ns and cleared at the end. It uses no colour or escape codes, only a
 * carriage return, so {@code NO_COLOR} has nothing to turn off.
 */
final class ProgressBar extends Progress {
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private long lastDrawn = Long.MIN_VALUE;
    /** Longest line drawn so far; 0 while nothing is drawn. */
    private int drawnLength;

    ProgressBar(PrintWriter err, String label, LongSupplier clock) {
        super(label, clock);
        this.err = err;
    }

    @Override
    boolean due(long elapsedNanos, double done) {
        return lastDrawn == Long.MIN_VALUE || elapsedNanos - lastDrawn >= REDRAW_NANOS;
    }

    @Override
    void draw(long elapsedNanos, double done, String detail, String timeLeft) {
        lastDrawn = elapsedNanos;
        int filled = (int) Math.round(Math.min(1, done) * WIDTH);
        String bar = label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + percent(done) + " " + detail + timeLeft;
        drawnLength = Math.max(drawnLength, bar.length());
        err.print("\r" + bar);
        err.flush();
    }

    @Override
    void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
    }
}
