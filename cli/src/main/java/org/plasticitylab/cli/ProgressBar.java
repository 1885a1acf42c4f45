package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.plasticitylab.sim.StepListener;
import org.plasticitylab.sim.StepView;

/**
 * A one-line progress bar on stderr, drawn only once a run has taken {@value #DELAY_NANOS} ns,
 * so quick runs stay quiet; it redraws at most every {@value #REDRAW_NANOS} ns and clears
 * itself at the end.
 */
final class ProgressBar implements StepListener {
    static final long DELAY_NANOS = 1_000_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    private long lastDrawn;
    /** Longest line drawn so far; 0 while nothing is drawn. */
    private int drawnLength;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar for a run, only on a terminal and not with --quiet. */
    static Optional<ProgressBar> wanted(boolean quiet, PrintWriter err, String label) {
        return !quiet && System.console() != null ? Optional.of(new ProgressBar(err, label))
                : Optional.empty();
    }

    @Override
    public void afterStep(StepView view) {
        if (due()) {
            draw((double) view.step() / view.totalSteps(),
                    String.format("day %.0f", view.timeHours() / 24));
        }
    }

    /** Draws the bar at {@code done} (0..1) with {@code detail} after it, if it is time to. */
    void show(double done, String detail) {
        if (due()) {
            draw(done, detail);
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return false;
        }
        lastDrawn = now;
        return true;
    }

    private void draw(double done, String detail) {
        int filled = (int) Math.round(done * WIDTH);
        String bar = String.format("%s [%s%s] %3d %% %s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(done * 100), detail);
        drawnLength = Math.max(drawnLength, bar.length());
        err.print("\r" + bar);
        err.flush();
    }

    /** Removes the bar, if it was drawn. */
    void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
    }
}
