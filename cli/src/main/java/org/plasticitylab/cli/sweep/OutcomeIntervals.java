package org.plasticitylab.cli.sweep;

import java.util.List;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.metrics.Interval;
import org.plasticitylab.metrics.Summary;

/**
 * The 95 % interval of an outcome over the seeds of one setting, for settings.csv and the
 * charts alike: Student's t, clipped to the outcome's possible range
 * ({@link SummaryFields#range}), since with few seeds it reaches past what can be.
 */
final class OutcomeIntervals {
    /** Said wherever the intervals are given. */
    static final String METHOD = "95 % Student-t interval of the mean over seeds, clipped to"
            + " what the outcome can be (recall, density and occupancy 0..1, mood index 0..100,"
            + " plasticity from 0, days from 0 to the end)";

    private OutcomeIntervals() {
    }

    /** The interval over the seeds that have a value; the caller checks there is one. */
    static Interval of(SweepGrid grid, List<Summary> summaries, int setting, String outcome) {
        double endDay = grid.sample(summaries, setting, "end_day")[0];
        double[] range = SummaryFields.range(outcome, endDay);
        return Interval.of95(grid.present(summaries, setting, outcome))
                .clippedTo(range[0], range[1]);
    }
}
