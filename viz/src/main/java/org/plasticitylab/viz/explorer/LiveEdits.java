package org.plasticitylab.viz.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.SessionChange;

/**
 * What the live explorer's edits do to the run: stress before day 0 restarts it, a change
 * during the run applies from now, Restart starts the plan afresh. Each edit is posted to the
 * driver's model thread and reports there what it did or why it was refused, with the plan
 * as it was before for the {@link LiveComparison}; the window shows the report when the
 * update carrying it arrives.
 */
final class LiveEdits {
    private final LiveDriver driver;
    private final Scenario original;

    LiveEdits(LiveDriver driver, Scenario original) {
        this.driver = driver;
        this.original = original;
    }

    /** Before day 0 a new level restarts the run with it; during the run it applies from now. */
    void stress(double level) {
        driver.post(() -> {
            if (driver.started()) {
                change("stress", s -> s.stressFromNow(level));
            } else {
                stressThroughout(level);
            }
        });
    }

    /** A dose now. */
    void doseNow() {
        driver.post(() -> change("dose", LiveSession::doseNow));
    }

    /** A therapy session now. */
    void therapyNow() {
        driver.post(() -> change("therapy", LiveSession::therapyNow));
    }

    /** Starts {@code scenario} afresh at day 0, without the edits made so far. */
    void restart(Scenario scenario) {
        driver.post(() -> {
            LiveSession s = driver.session();
            List<String> dropped = edited(s);
            EditReport.PlanBefore before = before(s, "restarted at day 0"
                    + (dropped.isEmpty() ? ", same plan" : " without "
                    + String.join(", ", dropped)));
            driver.restart(scenario);
            driver.report(driver.edits().next(List.of(), "Restarted " + scenario.name()
                    + " at day 0.", false, before));
        });
    }

    private void stressThroughout(double level) {
        Scenario s = driver.session().scenario();
        ScenarioBuilder b = s.toBuilder().clearStress();
        if (level > 0) {
            b.stress(0, s.days(), level);
        }
        String edit = "stress " + Decimals.label(level) + " throughout";
        EditReport.PlanBefore before = before(driver.session(),
                edit + " (the run started afresh)");
        List<String> beforeStart = new ArrayList<>(driver.edits().beforeStart());
        beforeStart.removeIf(e -> e.startsWith("stress"));
        beforeStart.add(edit);
        driver.restart(b.build());
        driver.report(driver.edits().next(beforeStart, "Stress " + Decimals.label(level)
                + " from day 0: the run starts afresh.", false, before));
    }

    /** Makes a change from now, re-running the model to now (a moment), and says if it fails. */
    private void change(String what, Consumer<LiveSession> edit) {
        LiveSession s = driver.session();
        String title = title(s);
        Scenario scenario = s.scenario();
        try {
            edit.accept(s);
            List<SessionChange> changes = s.changes();
            String phrase = EditTitle.phrase(changes.get(changes.size() - 1));
            driver.report(driver.edits().said("Changed: " + phrase, false,
                    new EditReport.PlanBefore(scenario, title, phrase)));
        } catch (IllegalArgumentException e) {
            driver.report(driver.edits().said("No " + what + " now: " + e.getMessage(), true,
                    null));
        }
    }

    /** The plan now, named as the chart's title names it, before the edit {@code what}. */
    private EditReport.PlanBefore before(LiveSession s, String what) {
        return new EditReport.PlanBefore(s.scenario(), title(s), what);
    }

    private String title(LiveSession s) {
        return EditTitle.title(original, driver.edits().beforeStart(), s.changes());
    }

    /** Every edit so far in words: those before day 0, then the changes during the run. */
    private List<String> edited(LiveSession s) {
        List<String> all = new ArrayList<>(driver.edits().beforeStart());
        s.changes().forEach(c -> all.add(EditTitle.phrase(c)));
        return all;
    }
}
