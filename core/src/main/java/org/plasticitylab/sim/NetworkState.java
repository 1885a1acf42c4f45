package org.plasticitylab.sim;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.network.Network;

/**
 * The checkpointed state of the network and its units: every synapse (weight and presence,
 * with each unit's count as a cross-check), and per unit the rate, synaptic and external input,
 * adaptation and weight sum.
 */
final class NetworkState implements Checkpointed {
    private final Network network;
    private final SynapseStore store;
    private final UnitState units;

    NetworkState(Network network, UnitState units) {
        this.network = network;
        this.store = NetworkAccess.synapses(network);
        this.units = units;
    }

    @Override
    public void save(DataOutput out) throws IOException {
        CheckpointFile.writeFloats(out, store.weight);
        CheckpointFile.writeBytes(out, store.present);
        CheckpointFile.writeInts(out, presentPerUnit());
        for (double[] values : perUnit()) {
            CheckpointFile.writeDoubles(out, values);
        }
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        in.readLength("weights", store.weight.length);
        in.readFloats("weights", store.weight, 0, network.maxWeight());
        in.readLength("synapse flags", store.present.length);
        in.readFlags("synapse flags", store.present);
        store.reindex();
        int[] counts = new int[network.neurons()];
        in.readLength("synapse counts", counts.length);
        in.readInts("synapse counts", counts, 0, network.slotsPerNeuron());
        if (!Arrays.equals(counts, presentPerUnit())) {
            throw new IOException("checkpoint synapse counts do not match its synapses");
        }
        String[] names = {"rates", "synaptic input", "adaptation", "external input",
            "weight sums"};
        double[][] values = perUnit();
        for (int i = 0; i < values.length; i++) {
            CheckpointFile.readFinite(in, names[i], values[i]);
        }
    }

    /** The most bytes {@link #save} takes. */
    long maxBytes() {
        long doubles = 0;
        for (double[] values : perUnit()) {
            doubles += values.length;
        }
        return store.weight.length * (long) (Float.BYTES + 1)
                + network.neurons() * (long) Integer.BYTES + doubles * Double.BYTES
                + 8L * Integer.BYTES;
    }

    private double[][] perUnit() {
        return new double[][] {units.rate, units.h, units.adaptation, units.external,
            units.weightSums};
    }

    private int[] presentPerUnit() {
        int[] counts = new int[network.neurons()];
        for (int unit = 0; unit < counts.length; unit++) {
            counts[unit] = network.presentCount(unit);
        }
        return counts;
    }
}
