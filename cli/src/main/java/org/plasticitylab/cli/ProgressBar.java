package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.plasticitylab.sim.StepListener;
import org.plasticitylab.sim.StepView;

/**
 * A one-line progress bar on stderr with the time left, drawn only when stderr is a terminal
 * and once a job has taken {@value #DELAY_NANOS} ns, so quick runs and redirected output stay
 * quiet; it redraws at most every {@value #REDRAW_NANOS} ns and clears itself at the end. It
 * uses no colour or escape codes, only a carriage return, so {@code NO_COLOR} has nothing to
 * turn off; {@code TERM=dumb} turns the bar off.
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

    /** A bar for a job, only when stderr is a terminal and not with --quiet. */
    static Optional<ProgressBar> wanted(boolean quiet, PrintWriter err, String label) {
        return !quiet && StderrTerminal.isTerminal() ? Optional.of(new ProgressBar(err, label))
                : Optional.empty();
    }

    @Override
    public void afterStep(StepView view) {
        if (due()) {
            draw((double) view.step() / view.totalSteps(),
                    String.format("day %.0f", view.timeHours() / 24));
        }
    }

    /**
     * Draws the bar at {@code done} (0..1) with {@code detail} after it, if it is time to;
     * safe to call from the threads of parallel runs.
     */
    synchronized void show(double done, String detail) {
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
        String bar = String.format("%s [%s%s] %3d %% %s%s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(done * 100), detail,
                timeLeft(System.nanoTime() - start, done));
        drawnLength = Math.max(drawnLength, bar.length());
        err.print("\r" + bar);
        err.flush();
    }

    /**
     * The time left at the pace so far, e.g. {@code ", 1:05 left"}; empty before 1 % is done,
     * when the pace says too little.
     *
     * @param elapsedNanos time since the job started
     * @param done the share done, 0..1
     * @return the text to append to the bar
     */
    static String timeLeft(long elapsedNanos, double done) {
        if (!(done >= 0.01) || done >= 1) {
            return "";
        }
        long seconds = Math.round(elapsedNanos / 1e9 * (1 - done) / done);
        String text = seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
        return ", " + text + " left";
    }

    /** Removes the bar, if it was drawn. */
    synchronized void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
    }
}
