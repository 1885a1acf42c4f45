package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.report.Html;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * The live explorer's "Compare with previous" tab: after each change (stress, a dose, a
 * therapy session, a restart) the plan as it was before the change is run to its end off the
 * event thread, in a {@link RunWorker}, and drawn beside the current run as it grows, with the
 * two named and the change said in words. The figure is the one the full-run explorer shows
 * ({@link PreviousComparison}).
 */
final class LiveComparison extends JPanel {
    private static final String NOTHING_YET = "Change something (stress, Dose now, Therapy now,"
            + " Restart) and this tab shows the run beside the plan before the change.";
    /** The legend's names: short, for the header above names both runs in full. */
    private static final String PREVIOUS_LEGEND = "the plan before";
    private static final String CURRENT_LEGEND = "this run";
    final JLabel header = new JLabel();
    private final DrawablePanel figure = new DrawablePanel(null);
    private final Runnable onReady;
    private RunWorker worker;
    /** Counts the changes, so a run for an older change that ends late is ignored. */
    private int generation;
    private Result previous;
    private String previousName;
    private String whatChanged;

    /** {@code onReady} runs on the event thread when the previous plan's run is done. */
    LiveComparison(Runnable onReady) {
        super(new BorderLayout());
        this.onReady = onReady;
        setBackground(Color.WHITE);
        figure.setBackground(Color.WHITE);
        header.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        header.setToolTipText("<html>The run now beside the plan before your last change,"
                + " run to its end:<br>what the change did, metric by metric.</html>");
        add(header, BorderLayout.NORTH);
        add(figure, BorderLayout.CENTER);
        say(NOTHING_YET);
    }

    /**
     * A change was made: runs {@code before}, the plan until now, to its end for comparison.
     *
     * @param before the scenario before the change
     * @param beforeName what to call it ("previous: " is added)
     * @param what the change in words, e.g. "dose on day 23.5"
     */
    void changed(Scenario before, String beforeName, String what) {
        if (worker != null) {
            worker.stop();
        }
        previous = null;
        previousName = beforeName;
        whatChanged = what;
        figure.show(null);
        int mine = ++generation;
        running(0);
        worker = new RunWorker(before, percent -> {
            if (mine == generation) {
                running(percent);
            }
        }, run -> done(run, mine), e -> {
            if (mine == generation) {
                say("The plan before the change could not be run: " + e.getMessage());
            }
        });
        worker.execute();
    }

    private void done(CapturedRun run, int of) {
        if (of == generation && run.result().completed()) {
            previous = run.result();
            onReady.run();
        }
    }

    /** Whether the previous plan's run is there to compare with. */
    boolean ready() {
        return previous != null;
    }

    /** Draws the comparison with the current run so far; call once {@link #ready()}. */
    void update(Result current, String currentName, double dayNow) {
        header.setText(PreviousComparison.header(previousName, currentName + " (so far, day "
                + Decimals.label(dayNow, 1) + ")", whatChanged));
        figure.show(PreviousComparison.chart(previous, PREVIOUS_LEGEND, current,
                CURRENT_LEGEND));
    }

    /** Stops a run in progress, as the window closes. */
    void stop() {
        if (worker != null) {
            worker.stop();
        }
    }

    private void running(int percent) {
        say("What changed: " + whatChanged + ".\nRunning the plan before it to its end for the"
                + " comparison: " + percent + " %");
    }

    private void say(String text) {
        header.setText("<html>" + Html.escape(text).replace("\n", "<br>") + "</html>");
    }
}
