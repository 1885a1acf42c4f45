package org.plasticitylab.sim;

/**
 * Called on the simulation's thread after every step after burn-in, once the step's metrics are
 * recorded. A listener that throws stops the run with that exception; the simulation state stays
 * consistent (the step was complete).
 */
@FunctionalInterface
public interface StepListener {
    /**
     * Called after each step after burn-in.
     *
     * @param view read-only look at the simulation's current state
     */
    void afterStep(StepView view);
}
