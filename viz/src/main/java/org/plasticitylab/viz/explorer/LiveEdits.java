package org.plasticitylab.viz.explorer;

import java.awt.Cursor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JFrame;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.SessionChange;

/**
 * What the live explorer's edits do to the run: stress before day 0 restarts it, a change
 * during the run applies from now, Restart starts the plan afresh. Each edit that takes hands
 * the plan as it was before to the {@link LiveComparison}, and each says in the status line
 * what it did or why it was refused.
 */
final class LiveEdits {
    private final JFrame frame;
    private final LiveDriver driver;
    private final Scenario original;
    private final LiveComparison comparison;
    private final NetworkView network;
    private final BiConsumer<String, Boolean> status;
    private final List<String> beforeStart = new ArrayList<>();

    LiveEdits(JFrame frame, LiveDriver driver, Scenario original, LiveComparison comparison,
            NetworkView network, BiConsumer<String, Boolean> status) {
        this.frame = frame;
        this.driver = driver;
        this.original = original;
        this.comparison = comparison;
        this.network = network;
        this.status = status;
    }

    /** The chart's title now, which names the edits so far. */
    String title() {
        return EditTitle.title(original, beforeStart, driver.session().changes());
    }

    /** Whether anything was changed since the scenario was opened or restarted. */
    boolean edited() {
        return !beforeStart.isEmpty() || !driver.session().changes().isEmpty();
    }

    /** Before day 0 a new level restarts the run with it; during the run it applies from now. */
    void stress(double level) {
        if (driver.started()) {
            change("stress", () -> driver.session().stressFromNow(level));
            return;
        }
        Scenario s = driver.session().scenario();
        String before = title();
        Scenario.Builder b = s.toBuilder().clearStress();
        if (level > 0) {
            b.stress(0, s.days(), level);
        }
        String edit = "stress " + Decimals.label(level) + " throughout";
        beforeStart.removeIf(e -> e.startsWith("stress"));
        beforeStart.add(edit);
        restartWith(b.build());
        comparison.changed(s, before, edit + " (the run started afresh)");
        status.accept("Stress " + Decimals.label(level) + " from day 0: the run starts afresh.",
                false);
    }

    /** Makes a change from now, re-running the model to now (a moment), and says if it fails. */
    void change(String what, Runnable edit) {
        frame.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        Scenario before = driver.session().scenario();
        String beforeName = title();
        try {
            edit.run();
            List<SessionChange> changes = driver.session().changes();
            String phrase = EditTitle.phrase(changes.get(changes.size() - 1));
            status.accept("Changed: " + phrase, false);
            comparison.changed(before, beforeName, phrase);
        } catch (IllegalArgumentException e) {
            status.accept("No " + what + " now: " + e.getMessage(), true);
        } finally {
            frame.setCursor(Cursor.getDefaultCursor());
        }
        driver.updated();
    }

    /**
     * A therapy session now, unless its scenario could not be saved: a scenario file needs
     * therapy schedules in order, so a session inside the scenario's own schedule is refused
     * with the reason rather than leaving a session that no file could rerun.
     */
    void therapyNow() {
        LiveSession s = driver.session();
        Scenario candidate = s.scenario().toBuilder().therapy(new TherapySchedule(
                s.timeHours() / 24, 1, 1, LiveSession.SESSION_HOURS)).build();
        double ownEnd = s.scenario().therapy().stream()
                .mapToDouble(t -> t.lastDay() + t.durationHours() / 24).max().orElse(0);
        SaveCheck.problem(candidate).ifPresent(why -> {
            throw new IllegalArgumentException("the scenario's own therapy runs until day "
                    + Decimals.label(ownEnd, 1) + ", and a saved scenario can hold an extra"
                    + " session only after that. Try again after day "
                    + Decimals.label(ownEnd, 1) + ".");
        });
        s.therapyNow();
    }

    /** Starts {@code scenario} afresh at day 0, without the edits made so far. */
    void restart(Scenario scenario) {
        Scenario before = driver.session().scenario();
        String beforeName = title();
        List<String> dropped = new ArrayList<>(beforeStart);
        driver.session().changes().forEach(c -> dropped.add(EditTitle.phrase(c)));
        beforeStart.clear();
        restartWith(scenario);
        status.accept("Restarted " + scenario.name() + " at day 0.", false);
        comparison.changed(before, beforeName, "restarted at day 0"
                + (dropped.isEmpty() ? ", same plan" : " without " + String.join(", ", dropped)));
    }

    /** A fresh run: the network view forgets the old run's synapses. */
    private void restartWith(Scenario scenario) {
        network.forget();
        driver.restart(scenario);
    }
}
