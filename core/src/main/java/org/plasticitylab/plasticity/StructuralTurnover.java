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
        long untilPrune = gap(pPrune, rng);
        long untilForm = gap(pForm, rng);
        for (int unit = fromUnit; unit < toUnit; unit++) {
            for (int s = unit * k, end = s + k; s < end; s++) {
                if (present[s] != 0) {
                    if (w[s] < pruneBelow && untilPrune-- == 0) {
                        present[s] = 0;
                        w[s] = 0f;
                        presentPerUnit[unit]--;
                        untilPrune = gap(pPrune, rng);
                    }
                } else if (untilForm-- == 0) {
                    present[s] = 1;
                    w[s] = newWeight;
                    presentPerUnit[unit]++;
                    untilForm = gap(pForm, rng);
                }
            }
        }
    }

    /** Number of candidates skipped before the next event, geometric with success p. */
    static long gap(double p, Rng rng) {
        if (!(p > 0)) {
            return Long.MAX_VALUE;
        }
        if (p >= 1) {
            return 0;
        }
        double u = 1 - rng.nextDouble();
        double g = Math.floor(Math.log(u) / Math.log1p(-p));
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
