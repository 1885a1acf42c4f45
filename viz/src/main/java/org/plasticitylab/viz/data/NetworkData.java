package org.plasticitylab.viz.data;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.DefaultXYZDataset;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.Region;

/**
 * A network snapshot as matrices; pure functions. Units are numbered region by region
 * (executive, mood, reward, memory), so the weight matrix is already ordered by region.
 */
public final class NetworkData {
    private NetworkData() {
    }

    /**
     * The weight matrix as x = presynaptic unit, y = postsynaptic unit, z = weight, one item per
     * present synapse (empty slots are left out, so they show as background). Positions are in
     * region units (see {@link #regionPosition(int, int)}), so that region labels sit at 0..3.
     *
     * @param snapshot the network
     * @param key the series key
     * @return a dataset with one series, one item per present synapse
     */
    public static DefaultXYZDataset weights(NetworkSnapshot snapshot, String key) {
        int slots = snapshot.neurons() * snapshot.slotsPerNeuron();
        int present = 0;
        for (int s = 0; s < slots; s++) {
            present += snapshot.present(s) ? 1 : 0;
        }
        double[][] data = new double[3][present];
        int i = 0;
        for (int s = 0; s < slots; s++) {
            if (snapshot.present(s)) {
                data[0][i] = regionPosition(snapshot.pre(s), snapshot.regionSize());
                data[1][i] = regionPosition(s / snapshot.slotsPerNeuron(), snapshot.regionSize());
                data[2][i] = snapshot.weight(s);
                i++;
            }
        }
        DefaultXYZDataset out = new DefaultXYZDataset();
        out.addSeries(key, data);
        return out;
    }

    /**
     * Where unit {@code unit} starts on an axis in region units: {@code unit / regionSize - 0.5},
     * so region k spans [k - 0.5, k + 0.5) and is centred on k; each unit is
     * {@code 1 / regionSize} wide.
     *
     * @param unit the unit's index, from 0
     * @param regionSize units per region
     * @return the unit's start on the axis, in region units
     */
    public static double regionPosition(int unit, int regionSize) {
        return (double) unit / regionSize - 0.5;
    }

    /**
     * Runs of consecutive units among {@code members} (sorted), as [first, last] pairs, so that a
     * pattern can be marked with a few boxes instead of one per unit.
     *
     * @param members unit indices, sorted increasing
     * @return one {@code {first, last}} pair per run, in order
     */
    public static List<int[]> runs(int[] members) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            int first = members[i];
            while (i + 1 < members.length && members[i + 1] == members[i] + 1) {
                i++;
            }
            runs.add(new int[] {first, members[i]});
        }
        return runs;
    }

    /**
     * Region-to-region connection strength, indexed [from][to] by {@link Region#ordinal()}.
     *
     * @param snapshot the network
     * @return a square matrix with one row and column per region
     */
    public static double[][] connectivity(NetworkSnapshot snapshot) {
        Region[] regions = Region.values();
        double[][] m = new double[regions.length][regions.length];
        for (Region from : regions) {
            for (Region to : regions) {
                m[from.ordinal()][to.ordinal()] = snapshot.connectivity(from, to);
            }
        }
        return m;
    }

    /**
     * The connectivity matrix as x = from region, y = to region (ordinals), z = strength.
     *
     * @param matrix a square matrix as from {@link #connectivity(NetworkSnapshot)}
     * @param key the series key
     * @return a dataset with one series, one item per cell
     */
    public static DefaultXYZDataset connectivityGrid(double[][] matrix, String key) {
        int n = matrix.length;
        double[][] data = new double[3][n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                int i = from * n + to;
                data[0][i] = from;
                data[1][i] = to;
                data[2][i] = matrix[from][to];
            }
        }
        DefaultXYZDataset out = new DefaultXYZDataset();
        out.addSeries(key, data);
        return out;
    }
}
