package org.plasticitylab.network;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.random.RandomStream;

/**
 * A network of rate units and its synapses: unit {@code i} owns the candidate synapse slots
 * {@code [i * k, (i + 1) * k)}, each with a fixed presynaptic unit and, when it holds a
 * synapse (a spine), a weight in {@code [0, maxWeight]}; an empty slot has weight 0. Synapses
 * are read and written one slot at a time here, and every write is checked; the engine's passes
 * work on the arrays underneath, which are not public API.
 */
public final class Network {
    static {
        NetworkAccess.grant(network -> network.store);
    }

    private final int neurons;
    private final int slotsPerNeuron;
    private final int regionSize;
    private final float maxWeight;
    private final SynapseStore store;
    private final Pattern negative;
    private final Pattern positive;

    Network(NetworkSpec spec, double maxWeight, int[] pre, Pattern negative, Pattern positive) {
        this.neurons = spec.neurons();
        this.slotsPerNeuron = spec.candidateSynapsesPerNeuron();
        this.regionSize = spec.regionSize();
        this.maxWeight = (float) maxWeight;
        this.store = new SynapseStore(pre, slotsPerNeuron);
        this.negative = negative;
        this.positive = positive;
    }

    /**
     * Draws the candidate slots and the two patterns from {@code rng}, makes a share of slots
     * present with the background weight, and strengthens the present synapses inside each
     * pattern.
     *
     * @param spec network size
     * @param p weights, pattern strength and initial densities
     * @param rng the random stream that draws topology and patterns
     * @return the new network
     */
    public static Network build(NetworkSpec spec, SynapseParameters p, RandomStream rng) {
        return NetworkWiring.build(spec, p, rng);
    }

    boolean samePattern(int a, int b) {
        return (negative.contains(a) && negative.contains(b))
                || (positive.contains(a) && positive.contains(b));
    }

    /**
     * Number of rate units.
     *
     * @return the number of units
     */
    public int neurons() {
        return neurons;
    }

    /**
     * Candidate synapse slots per unit ({@code k}).
     *
     * @return slots per unit
     */
    public int slotsPerNeuron() {
        return slotsPerNeuron;
    }

    /**
     * Units per region, a quarter of all units.
     *
     * @return units per region
     */
    public int regionSize() {
        return regionSize;
    }

    /**
     * Number of candidate slots.
     *
     * @return neurons x slots per unit
     */
    public int slots() {
        return store.pre.length;
    }

    /**
     * Region of a unit.
     *
     * @param unit unit index
     * @return the region holding it
     */
    public Region regionOf(int unit) {
        return Region.of(unit, regionSize);
    }

    /**
     * The stored negative pattern, cued by rumination.
     *
     * @return the negative pattern
     */
    public Pattern negative() {
        return negative;
    }

    /**
     * The stored positive pattern, cued by positive experiences and therapy.
     *
     * @return the positive pattern
     */
    public Pattern positive() {
        return positive;
    }

    /**
     * The presynaptic unit of a slot, fixed by the wiring.
     *
     * @param slot a slot in {@code [0, slots())}
     * @return the unit whose activity the slot's synapse carries
     */
    public int pre(int slot) {
        return store.pre[slot];
    }

    /**
     * Whether a slot holds a synapse.
     *
     * @param slot a slot in {@code [0, slots())}
     * @return true for a spine, false for an empty slot
     */
    public boolean present(int slot) {
        return store.present[slot] != 0;
    }

    /**
     * The weight of a slot's synapse.
     *
     * @param slot a slot in {@code [0, slots())}
     * @return the weight, 0 for an empty slot
     */
    public float weight(int slot) {
        return store.weight[slot];
    }

    /**
     * Sets the weight of a slot's synapse, as a plasticity rule does.
     *
     * @param slot a slot that holds a synapse
     * @param w the new weight, in {@code [0, maxWeight()]}
     * @throws IllegalStateException if the slot is empty (empty slots stay at 0)
     * @throws IllegalArgumentException if the weight is outside {@code [0, maxWeight()]}
     */
    public void setWeight(int slot, float w) {
        if (store.present[slot] == 0) {
            throw new IllegalStateException("slot " + slot + " holds no synapse, so its weight"
                    + " stays 0");
        }
        if (!(w >= 0 && w <= maxWeight)) {
            throw new IllegalArgumentException("weight of slot " + slot + " must be in [0, "
                    + maxWeight + "], was " + w);
        }
        store.weight[slot] = w;
    }

    /**
     * The upper bound of every weight, from the synapse parameters the network was built with.
     *
     * @return the largest weight a synapse can have
     */
    public float maxWeight() {
        return maxWeight;
    }

    /**
     * Number of present synapses onto units {@code [fromUnit, toUnit)}.
     *
     * @param fromUnit first unit (inclusive)
     * @param toUnit last unit (exclusive)
     * @return the count
     */
    public int presentCount(int fromUnit, int toUnit) {
        int count = 0;
        for (int unit = fromUnit; unit < toUnit; unit++) {
            count += store.presentCount(unit);
        }
        return count;
    }

    /**
     * Number of present synapses onto one unit.
     *
     * @param unit the unit
     * @return the count
     */
    public int presentCount(int unit) {
        return store.presentCount(unit);
    }

    /**
     * Copies, for each of {@code slots}, whether it holds a synapse and its weight into the
     * caller's buffers, without allocating: a cheap look at a sample of synapses for a view
     * that redraws often, where {@link #snapshot()} would copy every slot.
     *
     * @param slots the slots to read, each in {@code [0, slots())}
     * @param present receives true where the slot holds a synapse; at least as long as slots
     * @param weights receives each slot's weight (0 if empty); at least as long as slots
     * @throws IllegalArgumentException if a buffer is shorter than {@code slots}
     * @throws ArrayIndexOutOfBoundsException if a slot is out of range
     */
    public void copySynapses(int[] slots, boolean[] present, float[] weights) {
        if (present.length < slots.length || weights.length < slots.length) {
            throw new IllegalArgumentException("present and weights must hold " + slots.length
                    + " values, had " + present.length + " and " + weights.length);
        }
        for (int i = 0; i < slots.length; i++) {
            present[i] = store.present[slots[i]] != 0;
            weights[i] = store.weight[slots[i]];
        }
    }

    /**
     * An immutable copy of the synapses.
     *
     * @return a new snapshot
     */
    public NetworkSnapshot snapshot() {
        return new NetworkSnapshot(this);
    }
}
