package org.plasticitylab.viz.explorer;

import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.SessionChange;

/**
 * The live chart's title and subtitle, which follow the edits: "ketamine-series-therapy
 * (edited: dose on day 23.5, stress 0.3 from day 30)", so the chart never claims a plan that
 * is no longer the one on show.
 */
final class EditTitle {
    /** At most this many edits are named in the title; the rest are counted. */
    static final int NAMED = 3;
    private static final String FROM_NOW = " from now";

    private EditTitle() {
    }

    /**
     * The title.
     *
     * @param scenario the scenario as it started (its name heads the title)
     * @param before edits made before day 0, in words (e.g. "stress 0.3 throughout")
     * @param changes the changes made during the run
     */
    static String title(Scenario scenario, List<String> before, List<SessionChange> changes) {
        List<String> edits = new ArrayList<>(before);
        changes.forEach(c -> edits.add(phrase(c)));
        if (edits.isEmpty()) {
            return scenario.name();
        }
        List<String> named = edits.subList(Math.max(0, edits.size() - NAMED), edits.size());
        String more = edits.size() > NAMED ? (edits.size() - NAMED) + " more, " : "";
        return scenario.name() + " (edited: " + more + String.join(", ", named) + ")";
    }

    /** The subtitle: the scenario's own description, marked as the plan it started from. */
    static String subtitle(Scenario scenario, boolean edited) {
        return edited ? "started as: " + scenario.description() : scenario.description();
    }

    /** "dose on day 23.5", "therapy session on day 4", "stress 0.3 from day 30". */
    static String phrase(SessionChange c) {
        String day = "day " + Decimals.label(c.day(), 1);
        String what = c.description();
        return what.endsWith(FROM_NOW)
                ? what.substring(0, what.length() - FROM_NOW.length()) + " from " + day
                : what + " on " + day;
    }
}
