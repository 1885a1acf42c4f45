package org.plasticitylab.network;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
/**
 * An immutable copy of the network's synapses at one moment, for views (weight matrices,
 * connectivity by region) and analysis. Slots are laid out as in {@link Network}.
 */
public final class NetworkSnapshot {
    private final int neurons;
    private final int slotsPerNeuron;
    private final int regionSize;
    private final int[] pre;
    private final float[] weight;
    private final byte[] present;
    private final int[] negative;
    private final int[] positive;

    NetworkSnapshot(Network network) {
        this.neurons = network.neurons();
        this.slotsPerNeuron = network.slotsPerNeuron();
        this.regionSize = network.regionSize();
        SynapseStore store = NetworkAccess.synapses(network);
        this.pre = store.pre.clone();
        this.weight = store.weight.clone();
        this.present = store.present.clone();
        this.negative = network.negative().members();
        this.positive = network.positive().members();
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
     * Candidate synapse slots per unit.
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
     * Presynaptic unit of slot {@code s}.
     *
     * @param s slot index
     * @return the unit index
     */
    public int pre(int s) {
        return pre[s];
    }

    /**
     * Weight of slot {@code s} (0 if empty).
     *
     * @param s slot index
     * @return the weight
     */
    public float weight(int s) {
        return weight[s];
    }

    /**
     * Whether slot {@code s} holds a synapse.
     *
     * @param s slot index
     * @return true if present
     */
    public boolean present(int s) {
        return present[s] != 0;
    }

    /**
     * Members of the negative pattern, increasing.
     *
     * @return a new array of unit indices
     */
    public int[] negativeMembers() {
        return negative.clone();
    }

    /**
     * Members of the positive pattern, increasing.
     *
     * @return a new array of unit indices
     */
    public int[] positiveMembers() {
        return positive.clone();
    }

    /**
     * Mean weight of present synapses from units of region {@code from} onto units of region
     * {@code to}, counting empty slots as 0: the region-to-region connection strength.
     *
     * @param from presynaptic region
     * @param to postsynaptic region
     * @return the mean weight over all slots from {@code from} onto {@code to}, 0 if none
     */
    public double connectivity(Region from, Region to) {
        double sum = 0;
        long slots = 0;
        for (int post = to.ordinal() * regionSize; post < (to.ordinal() + 1) * regionSize; post++) {
            for (int s = post * slotsPerNeuron; s < (post + 1) * slotsPerNeuron; s++) {
                if (pre[s] / regionSize == from.ordinal()) {
                    sum += weight[s];
                    slots++;
                }
            }
        }
        return slots == 0 ? 0 : sum / slots;
    }

    /**
     * Mean weight of present synapses between members of the same pattern (0 if none).
     *
     * @param members the pattern's units
     * @return the mean weight
     */
    public double meanWeightWithin(int[] members) {
        double[] sumAndCount = within(members);
        return sumAndCount[1] == 0 ? 0 : sumAndCount[0] / sumAndCount[1];
    }

    /**
     * Number of present synapses between members of the same pattern.
     *
     * @param members the pattern's units
     * @return the count
     */
    public int synapsesWithin(int[] members) {
        return (int) within(members)[1];
    }

    /** Sum of weights and count of present synapses between members of {@code members}. */
    private double[] within(int[] members) {
        boolean[] in = new boolean[neurons];
        for (int m : members) {
            in[m] = true;
        }
        double sum = 0;
        int count = 0;
        for (int post : members) {
            for (int s = post * slotsPerNeuron; s < (post + 1) * slotsPerNeuron; s++) {
                if (present[s] != 0 && in[pre[s]]) {
                    sum += weight[s];
                    count++;
                }
            }
        }
        return new double[] {sum, count};
    }
}
