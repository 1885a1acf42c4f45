package org.plasticitylab.viz.explorer;

import java.util.Arrays;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.sim.StepView;

/**
 * The synapse slots the network view draws as lines: for every unit, {@link #PER_UNIT} slots
 * from units of its own region, spread over them, so each line stays inside its region's
 * block. The slots are fixed for a run (the topology does not change); whether each holds a
 * synapse is read from the running model into buffers made once, so following the model costs
 * no allocation. The model thread reads into its own sample and hands views a {@link #copy()}
 * (two small arrays), which nothing writes afterwards.
 */
final class SynapseSample {
    /** Sampled slots per unit: 800 lines at 400 units, about a third of them present at day 0. */
    static final int PER_UNIT = 2;
    /** How far the positions taken move on from one unit to the next (prime: no pattern). */
    private static final int POSITION_STRIDE = 17;
    private final int[] slots;
    private final int[] pre;
    private final int[] post;
    private final boolean[] present;
    private final float[] weights;
    private float strongest;

    private SynapseSample(int[] slots, int[] pre, int[] post) {
        this.slots = slots;
        this.pre = pre;
        this.post = post;
        this.present = new boolean[slots.length];
        this.weights = new float[slots.length];
    }

    /** Picks the slots from the network's topology and reads their synapses from it. */
    static SynapseSample of(NetworkSnapshot topology) {
        int k = topology.slotsPerNeuron();
        int regionSize = topology.regionSize();
        int[] slots = new int[topology.neurons() * PER_UNIT];
        int[] pre = new int[slots.length];
        int[] post = new int[slots.length];
        int[] own = new int[k];
        int n = 0;
        for (int unit = 0; unit < topology.neurons(); unit++) {
            int owned = 0;
            for (int s = unit * k; s < (unit + 1) * k; s++) {
                if (topology.pre(s) / regionSize == unit / regionSize) {
                    own[owned++] = s;
                }
            }
            // Slots are sorted by presynaptic unit, so a fixed position would favour the
            // region's first units: the positions taken move on from unit to unit.
            for (int t = 0; t < Math.min(PER_UNIT, owned); t++) {
                int s = own[(unit * POSITION_STRIDE + t * owned / PER_UNIT) % owned];
                slots[n] = s;
                pre[n] = topology.pre(s);
                post[n++] = unit;
            }
        }
        SynapseSample sample = new SynapseSample(Arrays.copyOf(slots, n),
                Arrays.copyOf(pre, n), Arrays.copyOf(post, n));
        for (int i = 0; i < n; i++) {
            sample.present[i] = topology.present(sample.slots[i]);
            sample.weights[i] = topology.weight(sample.slots[i]);
            sample.strongest = Math.max(sample.strongest, sample.weights[i]);
        }
        return sample;
    }

    /** Reads whether each sampled slot holds a synapse now, without allocating. */
    void read(StepView view) {
        view.copySynapses(slots, present, weights);
    }

    /** What was last read, in a sample of its own that shares only the fixed slots. */
    SynapseSample copy() {
        SynapseSample c = new SynapseSample(slots, pre, post);
        System.arraycopy(present, 0, c.present, 0, present.length);
        System.arraycopy(weights, 0, c.weights, 0, weights.length);
        c.strongest = strongest;
        return c;
    }

    /** Number of sampled slots. */
    int size() {
        return slots.length;
    }

    /** The presynaptic unit of sampled slot {@code i}. */
    int pre(int i) {
        return pre[i];
    }

    /** The unit that sampled slot {@code i} is onto. */
    int post(int i) {
        return post[i];
    }

    /** Whether sampled slot {@code i} held a synapse when last read. */
    boolean present(int i) {
        return present[i];
    }

    /**
     * The weight of sampled slot {@code i} when last read relative to the strongest sampled
     * synapse of the first read (a stored pattern's), 0 if empty, at most 1.
     */
    double relativeWeight(int i) {
        return strongest == 0 ? 0 : Math.min(1, weights[i] / strongest);
    }
}
