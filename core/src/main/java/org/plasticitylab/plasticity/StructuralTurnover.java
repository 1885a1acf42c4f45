package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Rng;
import org.plasticitylab.network.Network;

/**
 * Spine turnover, "use it or lose it" (after Butz and van Ooyen 2013): a present synapse weaker
 * than {@code pruneBelowWeight} is removed with probability {@code prunePerHour * (1 + stress) *
 * dt}; an empty slot sprouts a synapse of weight {@code newWeight} with probability
 * {@code formPerHour * P * dt}. New synapses last only if co-activity strengthens them.
 *
 * <p>Events are rare, so instead of one random draw per slot the gap to the next event is drawn
 * from the geometric distribution: the same law, with a draw per event rather than per slot.
 * A gap of g means g candidates pass and the next one has the event.
 */
public final class StructuralTurnover {
    private final float pruneBelow;
    private final double prunePerHour;
    private final double formPerHour;
    private final float newWeight;

    public StructuralTurnover(TurnoverParameters parameters, double newWeight) {
        this.pruneBelow = (float) parameters.pruneBelowWeight();
        this.prunePerHour = parameters.prunePerHour();
        this.formPerHour = parameters.formPerHour();
        this.newWeight = (float) newWeight;
    }

    /**
     * Applies one step of turnover to the slots of units {@code [fromUnit, toUnit)} and keeps
     * {@code presentPerUnit} up to date.
     */
    public void apply(Network network, int fromUnit, int toUnit, double plasticity, double stress,
            double dtHours, Rng rng, int[] presentPerUnit) {
        int k = network.slotsPerNeuron();
        float[] w = network.weight();
        byte[] present = network.present();
        double pPrune = prunePerHour * (1 + stress) * dtHours;
        double pForm = formPerHour * plasticity * dtHours;
        double logKeepPrune = logOneMinus(pPrune);
        double logKeepForm = logOneMinus(pForm);
        long untilPrune = gap(logKeepPrune, rng);
        long untilForm = gap(logKeepForm, rng);
        for (int unit = fromUnit; unit < toUnit; unit++) {
            for (int s = unit * k, end = s + k; s < end; s++) {
                // count candidates without branching on the (random) presence flag; only the
                // rare event itself takes a branch
                int isPresent = present[s];
                untilPrune -= isPresent & (w[s] < pruneBelow ? 1 : 0);
                untilForm -= 1 - isPresent;
                if ((untilPrune | untilForm) < 0) {
                    if (untilPrune < 0) {
                        present[s] = 0;
                        w[s] = 0f;
                        presentPerUnit[unit]--;
                        untilPrune = gap(logKeepPrune, rng);
                    } else {
                        present[s] = 1;
                        w[s] = newWeight;
                        presentPerUnit[unit]++;
                        untilForm = gap(logKeepForm, rng);
                    }
                }
            }
        }
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
     * {@code logKeep = ln(1 - p)} (computed once per call of {@link #apply}, not per event).
     */
    static long gap(double logKeep, Rng rng) {
        if (logKeep == 0) {
            return Long.MAX_VALUE;
        }
        if (logKeep == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double u = 1 - rng.nextDouble();
        double g = Math.floor(Math.log(u) / logKeep);
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
