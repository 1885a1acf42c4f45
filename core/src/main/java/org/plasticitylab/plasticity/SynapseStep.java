package org.plasticitylab.plasticity;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.network.Network;
import org.plasticitylab.random.RandomStream;

/**
 * Steps 5 and 6 of a tick, and the gather of the next tick's input, in one pass over a range of
 * units' slots, so each slot and its presynaptic rate are loaded once:
 * <ol>
 * <li>the synaptic rule, {@code w <- clip(keep * w + learn * rPre)} ({@link
 *     AffinePlasticityRule}; a general rule has already run and is passed as {@code null});</li>
 * <li>spine turnover, "use it or lose it" (after Butz and van Ooyen 2013): a present synapse
 *     weaker than {@code pruneBelowWeight} is removed with probability {@code prunePerHour *
 *     (1 + stress) * dt}; an empty slot sprouts a synapse of weight {@code newWeight} with
 *     probability {@code formPerHour * P * dt}, slowed above the healthy density;</li>
 * <li>{@code h = sum of w * rPre} for the next tick, and each unit's sum of weights.</li>
 * </ol>
 *
 * <p>Turnover events are rare, so instead of one random draw per slot the gap to the next pick
 * is drawn from the geometric distribution: the same law, with a draw per pick rather than per
 * slot. A gap of g means g slots pass and the next one is picked. The draws are keyed by (key,
 * step, block), a block being {@value #BLOCK_UNITS} consecutive units whose slots the jumps
 * cross as one run: one stream per block rather than per unit saves a draw for each unit
 * without an event, which is most of them. The block is part of the random-stream layout, not
 * of the work split: a range that cuts a block walks the whole block and keeps the events in
 * its own units, so results do not depend on how units are grouped into ranges, nor on the
 * thread that runs a range.
 *
 * <p>{@link #beginTick} sets the tick's conditions; {@link #apply} may then run on disjoint
 * ranges of units from several threads.
 */
public final class SynapseStep {
    /** Units whose turnover draws share a stream: part of the random-stream layout. */
    public static final int BLOCK_UNITS = 64;
    private final float pruneBelow;
    private final double prunePerHour;
    private final double formPerHour;
    private final float newWeight;
    private final TurnoverParameters parameters;
    private final long turnoverKey;
    private final int slotsPerUnit;
    private double logKeepEmpty;
    private double logKeepPresent;
    private double plasticity;
    private double stress;
    private double dtHours;
    private long tickKey;

    /**
     * Creates the step.
     *
     * @param parameters pruning threshold and rates of pruning and formation
     * @param newWeight weight of a newly formed synapse
     * @param slotsPerUnit candidate slots per unit of the networks it will step
     * @param turnoverKey key of the turnover draws, such as {@code RandomStream.start(seed,
     *     stream)}; they are keyed further by step and unit
     */
    public SynapseStep(TurnoverParameters parameters, double newWeight, int slotsPerUnit,
            long turnoverKey) {
        this.pruneBelow = (float) parameters.pruneBelowWeight();
        this.prunePerHour = parameters.prunePerHour();
        this.formPerHour = parameters.formPerHour();
        this.newWeight = (float) newWeight;
        this.parameters = parameters;
        this.turnoverKey = turnoverKey;
        this.slotsPerUnit = Checks.atLeast("slotsPerUnit", slotsPerUnit, 1);
    }

    /**
     * Sets the conditions of the coming tick (before any {@link #apply}).
     *
     * @param plasticityLevel the plasticity level P, 1 in a healthy network
     * @param stressLevel stress level, 0..1
     * @param stepHours time step in hours
     * @param densityRatio density relative to the healthy day-0 density, which slows formation
     *     above 1 ({@link TurnoverParameters#formationScale}); 0 while it is not yet known
     * @param step number of the tick, which keys its turnover draws
     */
    public void beginTick(double plasticityLevel, double stressLevel, double stepHours,
            double densityRatio, long step) {
        this.plasticity = plasticityLevel;
        this.stress = stressLevel;
        this.dtHours = stepHours;
        logKeepPresent = logOneMinus(prunePerHour * (1 + stressLevel) * stepHours);
        logKeepEmpty = logOneMinus(formPerHour * plasticityLevel
                * parameters.formationScale(densityRatio) * stepHours);
        this.tickKey = RandomStream.start(turnoverKey, step);
    }

    /**
     * Runs the pass over the present synapses of units {@code [fromUnit, toUnit)}, then turnover.
     *
     * @param network the network whose synapses are updated in place
     * @param fromUnit first unit of the range (inclusive)
     * @param toUnit last unit of the range (exclusive)
     * @param rule the affine rule to apply, or {@code null} if the weights are already updated
     * @param rate this tick's rates, 0..1
     * @param rateF the same rates as floats
     * @param h receives the next tick's input of each unit
     * @param weightSums receives each unit's sum of weights after the pass
     * @throws IllegalArgumentException if the network's slots per unit are not this step's
     */
    public void apply(Network network, int fromUnit, int toUnit, AffinePlasticityRule rule,
            double[] rate, float[] rateF, double[] h, double[] weightSums) {
        int k = network.slotsPerNeuron();
        if (k != slotsPerUnit) {
            throw new IllegalArgumentException("network has " + k
                    + " slots per unit; this step was made for " + slotsPerUnit);
        }
        SynapseStore store = NetworkAccess.synapses(network);
        float[] w = store.weight;
        int[] slots = store.presentSlots;
        int[] presentPre = store.presentPre;
        float max = rule == null ? Float.MAX_VALUE : (float) rule.maxWeight();
        for (int unit = fromUnit; unit < toUnit; unit++) {
            float keep = rule == null ? 1f
                    : (float) rule.keep(rate[unit], plasticity, stress, dtHours);
            float learn = rule == null ? 0f
                    : (float) rule.learn(rate[unit], plasticity, stress, dtHours);
            int first = unit * k;
            weightSums[unit] = learnAndGather(slots, presentPre, first,
                    first + store.presentCount(unit), w, rateF, keep, learn, max, h, unit);
        }
        int units = network.neurons();
        for (int block = fromUnit / BLOCK_UNITS; block * BLOCK_UNITS < toUnit; block++) {
            turnover(store, block, Math.min(units, (block + 1) * BLOCK_UNITS), fromUnit, toUnit,
                    rateF, h, weightSums);
        }
    }

    /**
     * The rule and the gather over present synapses {@code slots[from, to)} of one unit, in slot
     * order (empty slots hold 0 and would add exact zeros); writes the unit's next input to
     * {@code h} and returns its weight sum. A method of its own so that the compiler keeps this
     * loop's arrays and sums in registers.
     */
    private static float learnAndGather(int[] slots, int[] presentPre, int from, int to,
            float[] w, float[] rateF, float keep, float learn, float max, double[] h, int unit) {
        float input = 0;
        float weights = 0;
        for (int j = from; j < to; j++) {
            int s = slots[j];
            float r = rateF[presentPre[j]];
            float next = clip(w[s] * keep + learn * r, max);
            w[s] = next;
            input += next * r;
            weights += next;
        }
        h[unit] = input;
        return weights;
    }

    /**
     * Formation, then pruning, on the slots of one block, keeping the events of units
     * {@code [fromUnit, toUnit)}. Each slot is picked with the event's probability by jumping
     * geometric gaps over all the block's slots, and the event happens if the slot qualifies
     * (empty, or present and weak): the same law as a draw per qualifying slot, at the cost of a
     * draw per pick. Corrects {@code h} and the weight sums. A synapse formed here is not pruned
     * in the same tick unless it starts below the pruning threshold.
     */
    private void turnover(SynapseStore store, int block, int blockEnd, int fromUnit, int toUnit,
            float[] rateF, double[] h, double[] weightSums) {
        int k = slotsPerUnit;
        int firstOwn = fromUnit * k;
        int endOwn = toUnit * k;
        int end = blockEnd * k;
        long stream = RandomStream.substream(tickKey, block);
        int[] pre = store.pre;
        float[] w = store.weight;
        byte[] present = store.present;
        int draw = 0;
        int start = block * BLOCK_UNITS * k;
        for (int slot = jump(start, end, logKeepEmpty, stream, draw++); slot < end;
                slot = jump(slot + 1, end, logKeepEmpty, stream, draw++)) {
            if (slot >= firstOwn && slot < endOwn && present[slot] == 0) {
                int unit = slot / k;
                store.form(slot, newWeight);
                h[unit] += newWeight * rateF[pre[slot]];
                weightSums[unit] += newWeight;
            }
        }
        for (int slot = jump(start, end, logKeepPresent, stream, draw++); slot < end;
                slot = jump(slot + 1, end, logKeepPresent, stream, draw++)) {
            if (slot >= firstOwn && slot < endOwn && present[slot] != 0 && w[slot] < pruneBelow) {
                int unit = slot / k;
                h[unit] -= w[slot] * rateF[pre[slot]];
                weightSums[unit] -= w[slot];
                store.prune(slot);
            }
        }
    }

    /**
     * The next picked slot at or after {@code from}, or {@code end} if none before it, from
     * draw {@code draw} of the block's stream. Impossible and certain events are settled before
     * the draw is computed, which also makes the walk about a quarter faster (measured: the
     * compiler then keeps the draw off the loop's critical path).
     */
    private static int jump(int from, int end, double logKeep, long stream, int draw) {
        if (logKeep == 0 || from >= end) {
            return end;
        }
        if (logKeep == Double.NEGATIVE_INFINITY) {
            return from;
        }
        long skip = gap(logKeep, 1 - RandomStream.uniformAt(stream, draw));
        return skip >= end - from ? end : from + (int) skip;
    }

    /**
     * {@code x} clipped to {@code [0, max]} (max positive) without branches: weights sit on both
     * bounds at random, so a branch would be mispredicted often, and {@code Math.min} on floats
     * costs a chain of blends for its NaN and -0 rules. On bits: a negative float has its sign
     * bit set, so an arithmetic shift gives an all-ones mask that clears it to +0; non-negative
     * floats order like their bits, so an integer min (a conditional move) clips the top.
     */
    static float clip(float x, float max) {
        int bits = Float.floatToRawIntBits(x);
        return Float.intBitsToFloat(Math.min(Float.floatToRawIntBits(max), bits & ~(bits >> 31)));
    }

    /** {@code ln(1 - p)}: 0 for no events, negative infinity for certain ones. */
    static double logOneMinus(double p) {
        if (!(p > 0)) {
            return 0;
        }
        return p >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-p);
    }

    /**
     * Number of candidates skipped before the next event, geometric with success p, given
     * {@code logKeep = ln(1 - p)} (computed once per tick, not per event) and a uniform
     * {@code u} in (0, 1].
     */
    static long gap(double logKeep, double u) {
        if (logKeep == 0) {
            return Long.MAX_VALUE;
        }
        if (logKeep == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double g = Math.floor(Math.log(u) / logKeep);
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
