package org.plasticitylab.dynamics;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import java.util.Arrays;
import org.plasticitylab.network.Network;

/**
 * The batched synaptic gather of several activity states at once ("lanes", as the recall
 * probe's cue trials) and its scratch arrays, together with those of
 * {@link RateDynamics#updateLanes}: made once by their caller (the recall probe), so that a
 * probe allocates nothing. Not shared between threads.
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

    /**
     * As {@link RateDynamics#gather}, for all units and several independent activity states at once
     * ("lanes", as the recall probe's cue trials): the rate of unit u in lane l is
     * {@code rate[u * lanes + l]}, and {@code h} is laid out the same way. One pass over a
     * unit's synapses serves {@value RateDynamics#LANE_BLOCK} lanes with their sums in registers, and each
     * lane's even and odd sums run exactly as in {@link RateDynamics#gather}.
     *
     * @param network the network whose synapses are read
     * @param rate rates per unit and lane, 0..1
     * @param lanes number of lanes, a multiple of {@value RateDynamics#LANE_BLOCK}
     * @param h synaptic input per unit and lane, written in place
     * @throws IllegalArgumentException if {@code lanes} is not a positive multiple of
     *     {@value RateDynamics#LANE_BLOCK}
     */
    public void gather(Network network, float[] rate, int lanes, double[] h) {
        if (lanes <= 0 || lanes % RateDynamics.LANE_BLOCK != 0) {
            throw new IllegalArgumentException("lanes must be a positive multiple of "
                    + RateDynamics.LANE_BLOCK + ", was " + lanes);
        }
        SynapseStore store = NetworkAccess.synapses(network);
        int k = store.slotsPerUnit;
        int[] slots = store.presentSlots;
        for (int unit = 0; unit < network.neurons(); unit++) {
            int first = unit * k;
            int evens = 0;
            int odds = 0;
            for (int j = first, end = first + network.presentCount(unit); j < end; j++) {
                // both lists get j, only one keeps it: no branch on the random parity
                int isOdd = (slots[j] - first) & 1;
                even[evens] = j;
                odd[odds] = j;
                evens += 1 - isOdd;
                odds += isOdd;
            }
            for (int block = 0; block < lanes; block += RateDynamics.LANE_BLOCK) {
                sumBlock(store, even, evens, rate, lanes, block, sums, 0);
                sumBlock(store, odd, odds, rate, lanes, block, sums, RateDynamics.LANE_BLOCK);
                int at = unit * lanes + block;
                for (int lane = 0; lane < RateDynamics.LANE_BLOCK; lane++) {
                    h[at + lane] = sums[lane] + sums[RateDynamics.LANE_BLOCK + lane];
                }
            }
        }
    }

    /**
     * Sums weight times presynaptic rate over the index entries {@code entries[0, count)}, in
     * order, for lanes {@code [block, block + RateDynamics.LANE_BLOCK)}, and writes the sums to
     * {@code sums[at, at + RateDynamics.LANE_BLOCK)}. Spelled out so that the sums stay in registers.
     */
    private static void sumBlock(SynapseStore store, int[] entries, int count, float[] rate,
            int lanes, int block, float[] sums, int at) {
        int[] slots = store.presentSlots;
        int[] presentPre = store.presentPre;
        float[] w = store.weight;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        for (int e = 0; e < count; e++) {
            int j = entries[e];
            float weight = w[slots[j]];
            int from = presentPre[j] * lanes + block;
            s0 += weight * rate[from];
            s1 += weight * rate[from + 1];
            s2 += weight * rate[from + 2];
            s3 += weight * rate[from + 3];
            s4 += weight * rate[from + 4];
            s5 += weight * rate[from + 5];
            s6 += weight * rate[from + 6];
            s7 += weight * rate[from + 7];
        }
        sums[at] = s0;
        sums[at + 1] = s1;
        sums[at + 2] = s2;
        sums[at + 3] = s3;
        sums[at + 4] = s4;
        sums[at + 5] = s5;
        sums[at + 6] = s6;
        sums[at + 7] = s7;
    }

    /** The per-lane sums of one update, cleared. */
    double[] clearedOffsets() {
        Arrays.fill(offsets, 0);
        return offsets;
    }
}
