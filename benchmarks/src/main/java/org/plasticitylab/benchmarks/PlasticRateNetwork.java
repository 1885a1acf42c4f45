package org.plasticitylab.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The reference kernel of issue #5, the "plastic rate network", in flat arrays: unit i has
 * exactly K distinct presynaptic units (never itself) in slots {@code [i K, (i + 1) K)}, with
 * {@code int} indices and {@code float} weights and rates. One step:
 * <ol>
 * <li>{@code r_i = 1 / (1 + exp(-0.25 (h_i + I_i - 12)))}, where {@code h = W r} was gathered
 *     from the previous rates;</li>
 * <li>{@code w = clip(w + 0.01 (r_post r_pre - 0.5 w), 0, 1)} with the new rates, and in the same
 *     pass {@code h = W r} for the next step: both use the new rates, so one sweep over the slots
 *     does both.</li>
 * </ol>
 * The rule is computed as {@code 0.995 w + 0.01 r_post r_pre}, the same expression rearranged,
 * with fused multiply-adds (one rounding each, as C compilers contract by default).
 * Phase 1 must finish for every unit before phase 2 starts (the gather reads any unit's rate);
 * within a phase, units are independent, which {@link TwoThreadStepper} uses.
 */
final class PlasticRateNetwork {
    private static final double GAIN = 0.25;
    private static final double THRESHOLD = 12;
    private static final float LEARNING_RATE = 0.01f;
    private static final float KEEP = 1 - LEARNING_RATE * 0.5f;

    private final int units;
    private final int inputsPerUnit;
    private final int[] pre;
    private final float[] weight;
    private final float[] rate;
    private final float[] h;
    private final float[] input;

    private PlasticRateNetwork(NetworkSize size) {
        this.units = size.units();
        this.inputsPerUnit = size.inputsPerUnit();
        this.pre = new int[size.synapses()];
        this.weight = new float[size.synapses()];
        this.rate = new float[units];
        this.h = new float[units];
        this.input = new float[units];
    }

    /**
     * A network of that size drawn from {@code seed}: distinct random inputs per unit, sorted
     * so that the gather walks the rate array forwards; weights uniform in [0, 0.1); external
     * input {@code I_i = 0.1 + 8 u_i}; rates and h start at 0.
     */
    static PlasticRateNetwork random(NetworkSize size, long seed) {
        PlasticRateNetwork net = new PlasticRateNetwork(size);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] taken = new boolean[net.units];
        for (int i = 0; i < net.units; i++) {
            int from = i * net.inputsPerUnit;
            drawDistinctInputs(i, net.pre, from, net.inputsPerUnit, taken, random);
            Arrays.sort(net.pre, from, from + net.inputsPerUnit);
        }
        for (int s = 0; s < net.weight.length; s++) {
            net.weight[s] = 0.1f * random.nextFloat();
        }
        for (int i = 0; i < net.units; i++) {
            net.input[i] = 0.1f + 8 * random.nextFloat();
        }
        return net;
    }

    /**
     * Writes {@code count} distinct units other than {@code post} (Floyd's sampling over the
     * other units), marking them in {@code taken}, which is left all false again.
     */
    private static void drawDistinctInputs(int post, int[] out, int at, int count,
            boolean[] taken, SplittableRandom random) {
        int others = taken.length - 1;
        for (int t = 0, j = others - count; t < count; t++, j++) {
            int candidate = random.nextInt(j + 1);
            int chosen = taken[skip(candidate, post)] ? j : candidate;
            taken[skip(chosen, post)] = true;
            out[at + t] = skip(chosen, post);
        }
        for (int t = 0; t < count; t++) {
            taken[out[at + t]] = false;
        }
    }

    /** Maps 0..units-2 onto the units other than {@code post}. */
    private static int skip(int other, int post) {
        return other < post ? other : other + 1;
    }

    /** One whole step on the calling thread; returns the mean rate. */
    double step() {
        double rateSum = updateRates(0, units);
        updateSynapses(0, units);
        return rateSum / units;
    }

    /** Phase 1 for units {@code [from, to)}; returns the sum of their new rates. */
    double updateRates(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            float r = (float) (1 / (1 + Math.exp(-GAIN * (h[i] + input[i] - THRESHOLD))));
            rate[i] = r;
            sum += r;
        }
        return sum;
    }

    /**
     * Phase 2 for the synapses onto units {@code [from, to)}: learn, then gather the unit's h
     * for the next step from the new weights. Four partial sums break the chain of dependent
     * additions, which would otherwise bound the loop by the latency of a float add.
     */
    void updateSynapses(int from, int to) {
        int k = inputsPerUnit;
        for (int i = from; i < to; i++) {
            float learn = LEARNING_RATE * rate[i];
            float h0 = 0;
            float h1 = 0;
            float h2 = 0;
            float h3 = 0;
            int s = i * k;
            int end = s + k;
            for (; s + 3 < end; s += 4) {
                h0 = learnAndGather(s, learn, h0);
                h1 = learnAndGather(s + 1, learn, h1);
                h2 = learnAndGather(s + 2, learn, h2);
                h3 = learnAndGather(s + 3, learn, h3);
            }
            for (; s < end; s++) {
                h0 = learnAndGather(s, learn, h0);
            }
            h[i] = (h0 + h1) + (h2 + h3);
        }
    }

    /** Updates the weight of slot {@code s} and returns {@code partialH + w r_pre}, new w. */
    private float learnAndGather(int s, float learn, float partialH) {
        float rPre = rate[pre[s]];
        // branch-free: Math.min/max compile to min/max instructions, whereas a comparison
        // branches and mispredicts whenever rates leave some weights near the bound
        float w = Math.max(0f, Math.min(1f, Math.fma(KEEP, weight[s], learn * rPre)));
        weight[s] = w;
        return Math.fma(w, rPre, partialH);
    }

    int units() {
        return units;
    }

    /** A copy of the presynaptic units of every slot. */
    int[] pre() {
        return pre.clone();
    }

    /** A copy of the weights. */
    float[] weights() {
        return weight.clone();
    }

    /** A copy of the external inputs. */
    float[] inputs() {
        return input.clone();
    }

    /** A copy of the rates. */
    float[] rates() {
        return rate.clone();
    }
}
