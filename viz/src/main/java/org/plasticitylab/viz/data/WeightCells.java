package org.plasticitylab.viz.data;

import org.jfree.data.xy.DefaultXYZDataset;
import org.plasticitylab.network.NetworkSnapshot;

/**
 * The weight matrix of a large network in at most {@value #MAX_SIDE} x {@value #MAX_SIDE}
 * cells, each the mean weight of the present synapses between two blocks of units: one item per
 * synapse made a 2000-unit run's network.svg 43 MB, more than a slide can show anyway. A network
 * of up to {@value #ONE_DOT_UP_TO} units keeps one item per synapse
 * ({@link NetworkData#weights}).
 */
public final class WeightCells {
    /** Most cells along each axis of a large network. */
    public static final int MAX_SIDE = 100;
    /** Networks up to this size keep one dot per synapse (the presets have 400 units). */
    public static final int ONE_DOT_UP_TO = 400;

    private WeightCells() {
    }

    /**
     * Units per cell along each axis.
     *
     * @param snapshot the network
     * @return 1 up to {@value #ONE_DOT_UP_TO} units, more for larger networks
     */
    public static int unitsPerCell(NetworkSnapshot snapshot) {
        return snapshot.neurons() <= ONE_DOT_UP_TO ? 1
                : (snapshot.neurons() + MAX_SIDE - 1) / MAX_SIDE;
    }

    /**
     * The matrix as x = presynaptic block, y = postsynaptic block, z = mean weight, in region
     * units like {@link NetworkData#weights}; cells without a synapse are left out.
     *
     * @param snapshot the network
     * @param key the series key
     * @return a dataset with one series
     */
    public static DefaultXYZDataset of(NetworkSnapshot snapshot, String key) {
        int block = unitsPerCell(snapshot);
        if (block == 1) {
            return NetworkData.weights(snapshot, key);
        }
        int side = (snapshot.neurons() + block - 1) / block;
        double[] sum = new double[side * side];
        int[] count = new int[side * side];
        int slots = snapshot.neurons() * snapshot.slotsPerNeuron();
        for (int s = 0; s < slots; s++) {
            if (snapshot.present(s)) {
                int cell = (s / snapshot.slotsPerNeuron() / block) * side + snapshot.pre(s) / block;
                sum[cell] += snapshot.weight(s);
                count[cell]++;
            }
        }
        int filled = 0;
        for (int c : count) {
            filled += c > 0 ? 1 : 0;
        }
        double[][] data = new double[3][filled];
        int i = 0;
        for (int cell = 0; cell < count.length; cell++) {
            if (count[cell] > 0) {
                data[0][i] = NetworkData.regionPosition(cell % side * block, snapshot.regionSize());
                data[1][i] = NetworkData.regionPosition(cell / side * block, snapshot.regionSize());
                data[2][i] = sum[cell] / count[cell];
                i++;
            }
        }
        DefaultXYZDataset out = new DefaultXYZDataset();
        out.addSeries(key, data);
        return out;
    }
}
