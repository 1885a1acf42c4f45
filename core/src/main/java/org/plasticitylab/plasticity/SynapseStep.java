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
 * slot. A gap of g means g slots pass and the next one is picked. The draws of a unit are keyed
 * by (key, step, unit) ({@link RandomStream#uniformAt}), so they do not depend on how units are
 * grouped into ranges, nor on the thread that runs a range.
 *
 * <p>{@link #beginTick} sets the tick's conditions; {@link #apply} may then run on disjoint
 * ranges of units from several threads.
 */
public final class SynapseStep {
    private static final long LOW_32 = 0xFFFF_FFFFL;
    private final float pruneBelow;
    private final double prunePerHour;
    private final double formPerHour;
    private final float newWeight;
    private final TurnoverParameters parameters;
    private final long turnoverKey;
    private final int slotsPerUnit;
    private final EventChance formation;
    private final EventChance pruning;
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
        this.formation = new EventChance(slotsPerUnit);
        this.pruning = new EventChance(slotsPerUnit);
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
        pruning.set(prunePerHour * (1 + stressLevel) * stepHours);
        formation.set(formPerHour * plasticityLevel * parameters.formationScale(densityRatio)
                * stepHours);
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
        // Most units have no event: one mixed draw, split in two 32-bit halves for formation
        // and pruning, settles both with two comparisons.
        for (int unit = fromUnit; unit < toUnit; unit++) {
            long stream = RandomStream.substream(tickKey, unit);
            long firstDraws = RandomStream.bitsAt(stream, 0);
            if (formation.anyInUnit(firstDraws >>> 32) || pruning.anyInUnit(firstDraws & LOW_32)) {
                weightSums[unit] += turnover(store, unit, stream, firstDraws, rateF, h);
            }
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
     * Formation, then pruning, on the slots of one unit. Each slot is picked with the event's
     * probability by jumping geometric gaps over all the unit's slots, and the event happens if
     * the slot qualifies (empty, or present and weak): the same law as a draw per qualifying
     * slot, at the cost of a draw per pick. The first jump of each comes from a half of
     * {@code firstDraws}, the others from the unit's stream. Corrects {@code h} and returns the
     * change of the unit's weight sum. A synapse formed here is not pruned in the same tick
     * unless it starts below the pruning threshold.
     */
    private double turnover(SynapseStore store, int unit, long stream, long firstDraws,
            float[] rateF, double[] h) {
        int k = slotsPerUnit;
        int first = unit * k;
        int last = first + k;
        int[] pre = store.pre;
        float[] w = store.weight;
        byte[] present = store.present;
        int draw = 1;
        double change = 0;
        for (int slot = formation.first(first, last, firstDraws >>> 32); slot < last;
                slot = formation.next(slot + 1, last, uniform(stream, draw++))) {
            if (present[slot] == 0) {
                store.form(slot, newWeight);
                h[unit] += newWeight * rateF[pre[slot]];
                change += newWeight;
            }
        }
        for (int slot = pruning.first(first, last, firstDraws & LOW_32); slot < last;
                slot = pruning.next(slot + 1, last, uniform(stream, draw++))) {
            if (present[slot] != 0 && w[slot] < pruneBelow) {
                h[unit] -= w[slot] * rateF[pre[slot]];
                change -= w[slot];
                store.prune(slot);
            }
        }
        return change;
    }

    /** A uniform in (0, 1]: the chance of a gap at least as long as the one it gives. */
    private static double uniform(long stream, int draw) {
        return 1 - RandomStream.uniformAt(stream, draw);
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
