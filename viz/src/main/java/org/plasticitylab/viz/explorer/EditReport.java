package org.plasticitylab.viz.explorer;

import java.util.List;
import org.plasticitylab.scenario.Scenario;

/**
 * What the live explorer's edits have done, as the model thread last reported it: the edits
 * made before day 0 (for the title), and the latest edit's message for the status line with
 * the plan before it for the comparison. {@code serial} counts the edits, so the event thread
 * acts on each report once, however many updates carry it.
 *
 * @param serial 0 before the first edit, then one more per edit
 * @param beforeStart the edits that restarted the run, in words, e.g. "stress 0.3 throughout"
 * @param message what the latest edit did, or why it was refused; null before the first
 * @param error whether the latest edit was refused
 * @param before the plan before the latest edit, or null if it was refused
 */
record EditReport(long serial, List<String> beforeStart, String message, boolean error,
        PlanBefore before) {
    /** Before any edit. */
    static final EditReport NONE = new EditReport(0, List.of(), null, false, null);

    EditReport {
        beforeStart = List.copyOf(beforeStart);
    }

    /** The next report: {@code message} about an edit that left the title's edits as they were. */
    EditReport said(String message, boolean error, PlanBefore before) {
        return next(beforeStart, message, error, before);
    }

    /** The next report, with the edits made before day 0 now {@code edited}. */
    EditReport next(List<String> edited, String message, boolean error, PlanBefore before) {
        return new EditReport(serial + 1, edited, message, error, before);
    }

    /**
     * The plan as it was before an edit, run to its end by the comparison.
     *
     * @param scenario the scenario before the edit
     * @param name what to call it
     * @param what the edit in words, e.g. "dose on day 23.5"
     */
    record PlanBefore(Scenario scenario, String name, String what) {
    }
}
