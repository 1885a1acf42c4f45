package org.plasticitylab.sim;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.network.Network;

/**
 * The checkpointed state of the network and its units: every synapse (weight and presence,
 * with each unit's count as a cross-check), and per unit the rate, synaptic and external input,
 * adaptation and weight sum.
 */
final class NetworkState implements Checkpointed {
    private final Network network;
    private final UnitState units;
    private final float maxWeight;

    NetworkState(Network network, UnitState units, double maxWeight) {
        this.network = network;
        this.units = units;
        this.maxWeight = (float) maxWeight;
    }

    @Override
    public void save(DataOutput out) throws IOException {
        CheckpointFile.writeFloats(out, network.weight());
        CheckpointFile.writeBytes(out, network.present());
        CheckpointFile.writeInts(out, presentPerUnit());
        for (double[] values : perUnit()) {
            CheckpointFile.writeDoubles(out, values);
        }
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        in.readLength("weights", network.weight().length);
        in.readFloats("weights", network.weight(), 0, maxWeight);
        in.readLength("synapse flags", network.present().length);
        in.readFlags("synapse flags", network.present());
        network.reindex();
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
        return network.weight().length * (long) (Float.BYTES + 1)
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
