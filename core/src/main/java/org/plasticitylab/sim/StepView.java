package org.plasticitylab.sim;

import org.plasticitylab.metrics.Column;

/** A read-only look at a running simulation, handed to {@link StepListener}s after each step. */
public interface StepView {
    /**
     * Steps done since day 0.
     *
     * @return the number of steps after burn-in
     */
    int step();

    /**
     * Total steps of the run after burn-in.
     *
     * @return the scenario's step count
     */
    int totalSteps();

    /**
     * Simulated hours since day 0.
     *
     * @return the time in hours
     */
    double timeHours();

    /**
     * The latest value of a metric (the last recorded sample).
     *
     * @param column the metric
     * @return its value in the column's unit
     */
    double latest(Column column);
}
