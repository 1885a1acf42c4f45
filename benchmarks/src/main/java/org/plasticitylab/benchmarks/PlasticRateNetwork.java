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
 *     does both (two sweeps, learning then gathering, measured about 1.5x slower).</li>
 * </ol>
 * The rule is computed as {@code 0.995 w + 0.01 r_post r_pre}, the same expression rearranged,
 * with fused multiply-adds (one rounding each, as C compilers contract by default).
 * Phase 1 must finish for every unit before phase 2 starts (the gather reads any unit's rate);
 * within a phase, units are independent, which {@link TwoThreadStepper} uses.
 *
 * <p>The clip needs only its upper bound: weights start in [0, 0.1), and every update adds
 * non-negative terms ({@code 0.995 w} and {@code 0.01 r_post r_pre}, rates being in [0, 1]),
 * and a rounded sum of non-negative floats is never negative. So {@code w >= 0} holds for
 * ever, and the lower clip of the rule never changes a weight.
 */
final class PlasticRateNetwork {
    private static final double GAIN = 0.25;
    private static final double THRESHOLD = 12;
    private static final float LEARNING_RATE = 0.01f;
    private static final float KEEP = 1 - LEARNING_RATE * 0.5f;
    private static final int ONE_BITS = Float.floatToRawIntBits(1f);

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
     * additions, which would otherwise bound the loop by the latency of a float add (eight
     * measured slower: the extra registers spill). The arrays sit in final locals and the slot
     * loop is a plain counted loop, so that the JIT hoists the bounds checks of {@code pre[s]}
     * and {@code weight[s]} out of it; only the gather {@code rate[pre[s]]} keeps one.
     */
    void updateSynapses(int from, int to) {
        final int[] pre = this.pre;
        final float[] weight = this.weight;
        final float[] rate = this.rate;
        final float[] h = this.h;
        final int k = inputsPerUnit;
        final int k4 = k & ~3;
        for (int i = from; i < to; i++) {
            final float learn = LEARNING_RATE * rate[i];
            final int first = i * k;
            final int end4 = first + k4;
            final int end = first + k;
            float h0 = 0;
            float h1 = 0;
            float h2 = 0;
            float h3 = 0;
            int s = first;
            for (; s < end4; s += 4) {
                float r0 = rate[pre[s]];
                float r1 = rate[pre[s + 1]];
                float r2 = rate[pre[s + 2]];
                float r3 = rate[pre[s + 3]];
                float w0 = learned(weight[s], learn, r0);
                float w1 = learned(weight[s + 1], learn, r1);
                float w2 = learned(weight[s + 2], learn, r2);
                float w3 = learned(weight[s + 3], learn, r3);
                weight[s] = w0;
                weight[s + 1] = w1;
                weight[s + 2] = w2;
                weight[s + 3] = w3;
                h0 = Math.fma(w0, r0, h0);
                h1 = Math.fma(w1, r1, h1);
                h2 = Math.fma(w2, r2, h2);
                h3 = Math.fma(w3, r3, h3);
            }
            for (; s < end; s++) {
                float r0 = rate[pre[s]];
                float w0 = learned(weight[s], learn, r0);
                weight[s] = w0;
                h0 = Math.fma(w0, r0, h0);
            }
            h[i] = (h0 + h1) + (h2 + h3);
        }
    }

    /**
     * The rule for one weight {@code w >= 0}: {@code min(1, 0.995 w + learn r_pre)}, where
     * {@code learn = 0.01 r_post}. No lower clip: the result is never negative (class comment).
     * The minimum is taken on the bit patterns, which order non-negative floats as their values
     * do: a compare and a conditional move on the integer side, where
     * {@code Math.min(float, float)} compiles to five blend and compare instructions for NaN
     * and -0.0 (neither can occur here) and, four slots at a time, makes the JIT spill partial
     * sums to the stack.
     */
    private static float learned(float w, float learn, float rPre) {
        int bits = Float.floatToRawIntBits(Math.fma(KEEP, w, learn * rPre));
        return Float.intBitsToFloat(Math.min(ONE_BITS, bits));
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
