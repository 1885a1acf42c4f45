package org.plasticitylab.sim;

import org.plasticitylab.metrics.Column;

/** A read-only look at a running simulation, handed to {@link StepListener}s after each step. */
public interface StepView {
    /** Steps done since day 0. */
    int step();

    /** Total steps of the run after burn-in. */
    int totalSteps();

    /** Simulated hours since day 0. */
    double timeHours();

    /** The latest value of a metric (the last recorded sample). */
    double latest(Column column);
}
