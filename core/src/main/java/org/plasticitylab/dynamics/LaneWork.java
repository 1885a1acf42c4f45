package org.plasticitylab.dynamics;

import java.util.Arrays;

/**
 * Scratch arrays for {@link RateDynamics#gatherLanes} and {@link RateDynamics#updateLanes},
 * made once by their caller (the recall probe) so that a probe allocates nothing. Not shared
 * between threads.
 */
public final class LaneWork {
    final int[] even;
    final int[] odd;
    final float[] sums = new float[2 * RateDynamics.LANE_BLOCK];
    final double[] offsets;

    /**
     * Scratch for a network with {@code slotsPerNeuron} slots per unit and {@code lanes} lanes.
     *
     * @param slotsPerNeuron synapse slots per unit
     * @param lanes number of lanes
     */
    public LaneWork(int slotsPerNeuron, int lanes) {
        this.even = new int[slotsPerNeuron];
        this.odd = new int[slotsPerNeuron];
        this.offsets = new double[lanes];
    }

    /** The per-lane sums of one update, cleared. */
    double[] clearedOffsets() {
        Arrays.fill(offsets, 0);
        return offsets;
    }
}
