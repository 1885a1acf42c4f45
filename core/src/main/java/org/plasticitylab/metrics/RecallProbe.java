package org.plasticitylab.metrics;

import java.util.Arrays;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.internal.Rng;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.Pattern;

/**
 * Measures how well the network recalls a stored pattern, without learning and on its own random
 * stream, so that probing never changes a run: start from rest (all rates 0), cue a random share
 * of the pattern for a number of activity iterations, then take the overlap of the final state
 * with the pattern: mean rate of its members minus mean rate of the other units, in [0, 1]. The
 * probe is drug-free and noise-free so that it reads the synapses, not the moment; the result is
 * the mean over several cue trials.
 */
public final class RecallProbe {
    private final ProbeParameters p;
    private final RateDynamics dynamics;
    private final double[] rate;
    private final float[] rateF;
    private final double[] h;
    private final double[] cue;

    /**
     * Creates a probe with its own scratch arrays for a network of {@code neurons} units.
     *
     * @param parameters cue size, cue drive, iterations, trials
     * @param dynamics the rate update, run without adaptation
     * @param neurons number of units of the probed network
     */
    public RecallProbe(ProbeParameters parameters, RateDynamics dynamics, int neurons) {
        this.p = parameters;
        this.dynamics = dynamics;
        this.rate = new double[neurons];
        this.rateF = new float[neurons];
        this.h = new double[neurons];
        this.cue = new double[neurons];
    }

    /**
     * Recall of {@code pattern} in [0, 1], averaged over the configured trials. Each trial cues a
     * random share of the pattern, lets the activity settle and measures the mean rate inside the
     * pattern minus the mean rate outside it, clamped to [0, 1].
     *
     * @param network the network to probe; only read
     * @param pattern the pattern to cue; its member order is shuffled
     * @param rng the random stream of the probe
     * @return the mean recall, 0..1
     */
    public double recall(Network network, Pattern pattern, Rng rng) {
        int[] members = pattern.members();
        int cued = Math.max(1, (int) Math.round(p.cueFraction() * members.length));
        double total = 0;
        for (int trial = 0; trial < p.trials(); trial++) {
            rng.partialShuffle(members, cued);
            Arrays.fill(cue, 0);
            for (int t = 0; t < cued; t++) {
                cue[members[t]] = p.cueDrive();
            }
            Arrays.fill(rateF, 0);
            for (int it = 0; it < p.iterations(); it++) {
                RateDynamics.gatherAll(network, rateF, h);
                dynamics.update(h, cue, 0, rate);
                for (int i = 0; i < rate.length; i++) {
                    rateF[i] = (float) rate[i];
                }
            }
            total += overlap(pattern);
        }
        return total / p.trials();
    }

    private double overlap(Pattern pattern) {
        double inside = 0;
        double outside = 0;
        for (int i = 0; i < rate.length; i++) {
            if (pattern.contains(i)) {
                inside += rate[i];
            } else {
                outside += rate[i];
            }
        }
        int size = pattern.size();
        double overlap = inside / size - outside / (rate.length - size);
        return Math.max(0, Math.min(1, overlap));
    }
}
