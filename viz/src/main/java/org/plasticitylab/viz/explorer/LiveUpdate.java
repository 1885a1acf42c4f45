package org.plasticitylab.viz.explorer;

import java.util.List;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.SessionChange;

/**
 * What the live explorer's views draw, as the model thread published it after a tick or a
 * change: copies only, so the event thread reads it while the model runs on.
 *
 * @param hours simulated hours since day 0
 * @param started whether any step has run
 * @param playing whether the session is playing
 * @param finished whether the run is at its end
 * @param daysPerSecond the speed of play
 * @param scenario the scenario with every change so far
 * @param changes the changes made during the run, in order
 * @param soFar the series so far and its summary, or null before the first step
 * @param network the network as last copied, or null before the first step
 * @param run counts the restarts, so a view can forget the old run
 * @param edits what the edits did
 */
record LiveUpdate(double hours, boolean started, boolean playing, boolean finished,
        double daysPerSecond, Scenario scenario, List<SessionChange> changes, Result soFar,
        NetworkPicture network, int run, EditReport edits) {

    LiveUpdate {
        changes = List.copyOf(changes);
    }

    /** What the window shows while the session is being made: day 0, paused. */
    static LiveUpdate opening(Scenario scenario) {
        return new LiveUpdate(0, false, false, false, LiveSession.DEFAULT_DAYS_PER_SECOND,
                scenario, List.of(), null, null, 0, EditReport.NONE);
    }

    /** The time now as a day. */
    double day() {
        return hours / 24;
    }

    /** The chart's title, naming the edits made to {@code original} so far. */
    String title(Scenario original) {
        return EditTitle.title(original, edits.beforeStart(), changes);
    }

    /** Whether anything was changed since the scenario was opened or restarted. */
    boolean edited() {
        return !edits.beforeStart().isEmpty() || !changes.isEmpty();
    }
}
