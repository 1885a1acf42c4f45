package org.plasticitylab.sim;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSnapshot;

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

    /**
     * Whether this step reached a whole number of days (24 h, 48 h, ...), for listeners that
     * act once a day whatever the time step.
     *
     * @return true on the step that ends each simulated day
     */
    boolean endsADay();

    /**
     * An immutable copy of the network's synapses now; it costs memory, so take one only when
     * needed (see {@link Simulation#snapshot()}).
     *
     * @return a new snapshot
     */
    NetworkSnapshot snapshot();

    /**
     * Copies whether each of {@code slots} holds a synapse, and its weight, into the caller's
     * buffers without allocating (see {@link org.plasticitylab.network.Network#copySynapses}):
     * cheap enough for a view that follows a sample of synapses as they form and are pruned.
     *
     * @param slots the slots to read (slot {@code s} is onto unit {@code s / k})
     * @param present receives true where the slot holds a synapse
     * @param weights receives each slot's weight, 0 if empty
     */
    void copySynapses(int[] slots, boolean[] present, float[] weights);

    /**
     * A copy of every unit's firing rate after this step, 0..1, in unit order (for views that
     * light units by activity); it allocates, so call it now and then, not every step.
     *
     * @return a new array of rates
     */
    double[] rates();
}
