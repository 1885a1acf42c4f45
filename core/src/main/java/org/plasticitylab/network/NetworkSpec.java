package org.plasticitylab.network;

import org.plasticitylab.internal.Checks;

/**
 * Size of the simulated network.
 *
 * @param neurons number of rate units, split equally over the four regions (a multiple of 4)
 * @param candidateSynapsesPerNeuron presynaptic slots per unit, 60 % from its own region
 */
public record NetworkSpec(int neurons, int candidateSynapsesPerNeuron) {
    /** Smallest network whose regions can hold both patterns. */
    public static final int MIN_NEURONS = 20;
    /** Largest network accepted; 2^31 slots would overflow the flat arrays. */
    public static final long MAX_SLOTS = 1L << 30;

    /**
     * Validates the size: at least {@code MIN_NEURONS} neurons, a multiple of 4 (four equal
     * regions), candidate synapses that leave distinct presynaptic units and at most
     * {@code MAX_SLOTS} slots in all. Throws IllegalArgumentException naming a bad one.
     *
     * @param neurons number of rate units, split equally over the four regions (a multiple of 4)
     * @param candidateSynapsesPerNeuron presynaptic slots per unit, 60 % from its own region
     */
    public NetworkSpec {
        Checks.atLeast("neurons", neurons, MIN_NEURONS);
        if (neurons % 4 != 0) {
            throw new IllegalArgumentException(
                    "neurons must be a multiple of 4 (four equal regions), was " + neurons);
        }
        Checks.atLeast("candidateSynapsesPerNeuron", candidateSynapsesPerNeuron, 5);
        int region = neurons / 4;
        int own = ownRegionSlots(candidateSynapsesPerNeuron);
        if (own > region - 1 || candidateSynapsesPerNeuron - own > neurons - region) {
            throw new IllegalArgumentException("candidateSynapsesPerNeuron must leave distinct "
                    + "presynaptic units (at most " + maxCandidates(neurons) + " for " + neurons
                    + " neurons), was " + candidateSynapsesPerNeuron);
        }
        long slots = (long) neurons * candidateSynapsesPerNeuron;
        if (slots > MAX_SLOTS) {
            throw new IllegalArgumentException("neurons x candidateSynapsesPerNeuron must be <= "
                    + MAX_SLOTS + ", was " + slots);
        }
    }

    /**
     * The default network: 400 units with 80 candidate slots each.
     *
     * @return the default size
     */
    public static NetworkSpec defaults() {
        return new NetworkSpec(400, 80);
    }

    /**
     * Total number of candidate slots.
     *
     * @return neurons x candidateSynapsesPerNeuron
     */
    public long slots() {
        return (long) neurons * candidateSynapsesPerNeuron;
    }

    /**
     * Units per region.
     *
     * @return a quarter of the neurons
     */
    public int regionSize() {
        return neurons / 4;
    }

    /**
     * How many of a unit's slots come from its own region (60 %, rounded).
     *
     * @param candidates candidate slots per unit
     * @return the slots drawn from the unit's own region
     */
    public static int ownRegionSlots(int candidates) {
        return (int) Math.round(0.6 * candidates);
    }

    private static int maxCandidates(int neurons) {
        int k = 5;
        while (ownRegionSlots(k + 1) <= neurons / 4 - 1) {
            k++;
        }
        return k;
    }
}
