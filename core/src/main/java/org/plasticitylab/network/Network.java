package org.plasticitylab.network;

import org.plasticitylab.random.RandomStream;

/**
 * Topology and synapse state in flat primitive arrays (no object per synapse). Unit {@code i}
 * owns the slots {@code [i * k, (i + 1) * k)}; slot {@code s} holds the presynaptic unit
 * {@code pre[s]}, the weight {@code weight[s]} and {@code present[s]} (1 = spine, 0 = empty slot).
 * Empty slots always hold weight 0, so an activity sum may run over all slots.
 *
 * <p>An index of the present slots lets the engine skip empty ones, which are most slots under
 * stress: {@link #presentSlots()} holds, in unit i's block {@code [i * k, i * k +
 * presentCount(i))}, the unit's present slots in ascending order, so a sum over them adds in the
 * same order as a sum over all slots, and {@link #presentPre()} their presynaptic units. {@link
 * #form} and {@link #prune} keep both up to date. With them a slot costs 17 bytes.
 *
 * <p>The arrays are exposed to the engine and plasticity rules of this library for speed; code
 * outside must treat them as read-only.
 */
public final class Network {
    private final int neurons;
    private final int slotsPerNeuron;
    private final int regionSize;
    private final int[] pre;
    private final float[] weight;
    private final byte[] present;
    private final int[] presentSlots;
    /** {@code pre[presentSlots[j]]}, kept beside the index so a pass reads it in order. */
    private final int[] presentPre;
    private final int[] presentPerUnit;
    private final Pattern negative;
    private final Pattern positive;

    Network(NetworkSpec spec, int[] pre, Pattern negative, Pattern positive) {
        this.neurons = spec.neurons();
        this.slotsPerNeuron = spec.candidateSynapsesPerNeuron();
        this.regionSize = spec.regionSize();
        this.pre = pre;
        this.weight = new float[pre.length];
        this.present = new byte[pre.length];
        this.presentSlots = new int[pre.length];
        this.presentPre = new int[pre.length];
        this.presentPerUnit = new int[neurons];
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

    /**
     * Rebuilds the index of present slots and the counts per unit from {@link #present()}, after
     * the flags were overwritten wholesale (as when a checkpoint is restored).
     */
    public void reindex() {
        for (int unit = 0; unit < neurons; unit++) {
            int next = unit * slotsPerNeuron;
            for (int s = next, end = next + slotsPerNeuron; s < end; s++) {
                if (present[s] != 0) {
                    presentPre[next] = pre[s];
                    presentSlots[next++] = s;
                }
            }
            presentPerUnit[unit] = next - unit * slotsPerNeuron;
        }
    }

    /**
     * Grows a synapse in an empty slot, keeping the index sorted.
     *
     * @param slot an empty slot
     * @param w the new synapse's weight
     * @throws IllegalStateException if the slot already holds a synapse
     */
    public void form(int slot, float w) {
        if (present[slot] != 0) {
            throw new IllegalStateException("slot " + slot + " already holds a synapse");
        }
        int unit = slot / slotsPerNeuron;
        int first = unit * slotsPerNeuron;
        int j = first + presentPerUnit[unit];
        for (; j > first && presentSlots[j - 1] > slot; j--) {
            presentSlots[j] = presentSlots[j - 1];
            presentPre[j] = presentPre[j - 1];
        }
        presentSlots[j] = slot;
        presentPre[j] = pre[slot];
        presentPerUnit[unit]++;
        present[slot] = 1;
        weight[slot] = w;
    }

    /**
     * Removes the synapse of a slot, leaving it empty with weight 0.
     *
     * @param slot a slot that holds a synapse
     * @throws IllegalStateException if the slot is empty
     */
    public void prune(int slot) {
        if (present[slot] == 0) {
            throw new IllegalStateException("slot " + slot + " holds no synapse");
        }
        int unit = slot / slotsPerNeuron;
        int first = unit * slotsPerNeuron;
        int end = first + presentPerUnit[unit];
        int j = first;
        while (presentSlots[j] != slot) {
            j++;
        }
        System.arraycopy(presentSlots, j + 1, presentSlots, j, end - j - 1);
        System.arraycopy(presentPre, j + 1, presentPre, j, end - j - 1);
        presentPerUnit[unit]--;
        present[slot] = 0;
        weight[slot] = 0f;
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
        return pre.length;
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
     * Presynaptic unit per slot (live array, read-only outside the engine).
     *
     * @return the live array
     */
    public int[] pre() {
        return pre;
    }

    /**
     * Weight per slot, 0 for empty slots (live array).
     *
     * @return the live array
     */
    public float[] weight() {
        return weight;
    }

    /**
     * 1 where the slot holds a synapse (live array; change it through {@link #form} and
     * {@link #prune}, or call {@link #reindex()} after writing it).
     *
     * @return the live array
     */
    public byte[] present() {
        return present;
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
            count += presentPerUnit[unit];
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
        return presentPerUnit[unit];
    }

    /**
     * The index of present slots (live array, read-only): unit i's present slots, ascending, in
     * {@code [i * k, i * k + presentCount(i))}; the rest of each block is stale.
     *
     * @return the live array
     */
    public int[] presentSlots() {
        return presentSlots;
    }

    /**
     * The presynaptic unit of each entry of {@link #presentSlots()} (live array, read-only), so
     * that a pass over present synapses reads them in order rather than through the slot.
     *
     * @return the live array
     */
    public int[] presentPre() {
        return presentPre;
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
            present[i] = this.present[slots[i]] != 0;
            weights[i] = weight[slots[i]];
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
