package org.plasticitylab.metrics;

import java.util.Arrays;
import org.plasticitylab.dynamics.LaneWork;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.Pattern;
import org.plasticitylab.random.RandomStream;

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
    private final int neurons;
    private Work work;

    /**
     * Creates a probe for a network of {@code neurons} units.
     *
     * @param parameters cue size, cue drive, iterations, trials
     * @param dynamics the rate update, run without adaptation
     * @param neurons number of units of the probed network
     */
    public RecallProbe(ProbeParameters parameters, RateDynamics dynamics, int neurons) {
        this.p = parameters;
        this.dynamics = dynamics;
        this.neurons = neurons;
    }

    /**
     * Recall of {@code pattern} in [0, 1], averaged over the configured trials. Each trial cues a
     * random share of the pattern, lets the activity settle and measures the mean rate inside the
     * pattern minus the mean rate outside it, clamped to [0, 1].
     *
     * @param network the network to probe; only read
     * @param pattern the pattern to cue
     * @param rng the random stream of the probe
     * @return the mean recall, 0..1
     */
    public double recall(Network network, Pattern pattern, RandomStream rng) {
        return recall(network, rng, null, pattern)[0];
    }

    /**
     * Recall of each pattern, as {@link #recall(Network, Pattern, RandomStream)} called for one pattern
     * after the other with the same stream gives, bit for bit (without a bias). Every trial of every pattern is
     * run at once, as one lane of a batched activity update, so that one pass over the synapses
     * serves all of them.
     *
     * @param network the network to probe; only read
     * @param rng the random stream of the probe; cues are drawn pattern by pattern, trial by trial
     * @param bias input added to each unit in every trial (the network's standing modulation,
     *     such as a trapped block damping the negative pattern), or null for none
     * @param patterns the patterns to cue
     * @return the mean recall of each pattern, in the order given
     */
    public double[] recall(Network network, RandomStream rng, double[] bias, Pattern... patterns) {
        double[] recall = new double[patterns.length];
        recall(network, rng, bias, patterns, recall);
        return recall;
    }

    /**
     * As {@link #recall(Network, RandomStream, double[], Pattern...)}, into the caller's array and with
     * this probe's own work arrays, made at the first probe: a daily probe allocates nothing.
     *
     * @param network the network to probe; only read
     * @param rng the random stream of the probe
     * @param bias input added to each unit in every trial, or null for none
     * @param patterns the patterns to cue
     * @param into receives the mean recall of each pattern, in the order given
     */
    public void recall(Network network, RandomStream rng, double[] bias, Pattern[] patterns,
            double[] into) {
        int trials = p.trials();
        int block = RateDynamics.LANE_BLOCK;
        // padded to whole blocks; the extra lanes are never cued and never read
        int lanes = (trials * patterns.length + block - 1) / block * block;
        Work w = work(network, lanes);
        double[] cue = w.cue;
        Arrays.fill(cue, 0);
        for (int which = 0; which < patterns.length; which++) {
            int[] members = w.members(which, patterns[which]);
            int cued = Math.max(1, (int) Math.round(p.cueFraction() * members.length));
            for (int trial = 0; trial < trials; trial++) {
                rng.partialShuffle(members, cued);
                int lane = which * trials + trial;
                for (int t = 0; t < cued; t++) {
                    cue[members[t] * lanes + lane] = p.cueDrive();
                }
            }
        }
        if (bias != null) {
            for (int unit = 0; unit < neurons; unit++) {
                for (int lane = 0; lane < lanes; lane++) {
                    cue[unit * lanes + lane] += bias[unit];
                }
            }
        }
        double[] rate = w.rate;
        float[] rateF = w.rateF;
        double[] h = w.h;
        // from rest every input is exactly 0, so the first gather is skipped
        Arrays.fill(h, 0);
        dynamics.updateLanes(h, cue, lanes, rate, rateF, w.lanes);
        for (int it = 1; it < p.iterations(); it++) {
            w.lanes.gather(network, rateF, lanes, h);
            dynamics.updateLanes(h, cue, lanes, rate, rateF, w.lanes);
        }
        for (int which = 0; which < patterns.length; which++) {
            double total = 0;
            for (int trial = 0; trial < trials; trial++) {
                total += overlap(patterns[which], rate, lanes, which * trials + trial);
            }
            into[which] = total / trials;
        }
    }

    /** The work arrays for {@code lanes} lanes: kept while the count stays the same. */
    private Work work(Network network, int lanes) {
        if (work == null || work.count != lanes) {
            work = new Work(neurons, network.slotsPerNeuron(), lanes);
        }
        return work;
    }

    /** Per unit and lane: the cue, the rates (double and float) and the synaptic input. */
    private static final class Work {
        final int count;
        final double[] cue;
        final double[] rate;
        final float[] rateF;
        final double[] h;
        final LaneWork lanes;
        /** Each pattern's members, copied afresh in sorted order for every probe. */
        private int[][] members = new int[0][];

        Work(int neurons, int slotsPerNeuron, int lanes) {
            this.count = lanes;
            this.cue = new double[neurons * lanes];
            this.rate = new double[neurons * lanes];
            this.rateF = new float[neurons * lanes];
            this.h = new double[neurons * lanes];
            this.lanes = new LaneWork(slotsPerNeuron, lanes);
        }

        /** Pattern {@code which}'s members in sorted order, in an array kept between probes. */
        int[] members(int which, Pattern pattern) {
            if (members.length <= which) {
                members = Arrays.copyOf(members, which + 1);
            }
            if (members[which] == null || members[which].length != pattern.size()) {
                members[which] = new int[pattern.size()];
            }
            for (int i = 0; i < pattern.size(); i++) {
                members[which][i] = pattern.member(i);
            }
            return members[which];
        }
    }

    private double overlap(Pattern pattern, double[] rate, int lanes, int lane) {
        double inside = 0;
        double outside = 0;
        for (int i = 0; i < neurons; i++) {
            if (pattern.contains(i)) {
                inside += rate[i * lanes + lane];
            } else {
                outside += rate[i * lanes + lane];
            }
        }
        int size = pattern.size();
        double overlap = inside / size - outside / (neurons - size);
        return Math.max(0, Math.min(1, overlap));
    }
}
