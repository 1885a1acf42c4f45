package org.plasticitylab.sim;

import org.plasticitylab.metrics.Summary;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Scenario;

/**
 * The outcome of a run.
 *
 * @param scenario what ran
 * @param series every recorded sample
 * @param summary key outcomes read off the series
 * @param completed false when the run was cancelled before its last step
 * @param elapsedMillis wall-clock time of the run, not part of the model's output
 */
public record Result(Scenario scenario, TimeSeries series, Summary summary, boolean completed,
        long elapsedMillis) {
}
