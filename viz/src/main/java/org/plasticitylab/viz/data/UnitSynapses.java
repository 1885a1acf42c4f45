package org.plasticitylab.viz.data;

import org.plasticitylab.network.NetworkSnapshot;

/**
 * Per unit and per region, what a picture of the network shows: how much synapse each unit
 * receives (its present synapses' weights over its slots, 0..1) and how many synapses each of
 * the four regions' units receive.
 */
public final class UnitSynapses {
    /** The network's four regions, in unit order: executive, mood, reward, memory. */
    public static final int REGIONS = 4;

    private UnitSynapses() {
    }

    /**
     * Each unit's incoming synaptic strength: the sum of its present synapses' weights over its
     * slot count.
     *
     * @param s the snapshot
     * @return one value per unit, 0..1 when weights are
     */
    public static double[] strength(NetworkSnapshot s) {
        double[] out = new double[s.neurons()];
        int slots = s.slotsPerNeuron();
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int k = 0; k < slots; k++) {
                int slot = i * slots + k;
                sum += s.present(slot) ? s.weight(slot) : 0;
            }
            out[i] = sum / slots;
        }
        return out;
    }

    /**
     * Present synapses onto each region's units.
     *
     * @param s the snapshot
     * @return one count per region
     */
    public static int[] perRegion(NetworkSnapshot s) {
        int[] out = new int[REGIONS];
        int slots = s.slotsPerNeuron();
        for (int slot = 0; slot < s.neurons() * slots; slot++) {
            if (s.present(slot)) {
                out[Math.min(REGIONS - 1, slot / slots / s.regionSize())]++;
            }
        }
        return out;
    }
}
