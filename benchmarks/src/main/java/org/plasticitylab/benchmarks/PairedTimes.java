package org.plasticitylab.benchmarks;

import java.util.Arrays;

/**
 * The counted run times of {@link PairedBuilds}, per build and round, and what they say: each
 * build's median, and the spread of its time over the first build's time in the same round
 * (the paired ratio, which the machine's drift between rounds does not move).
 */
public final class PairedTimes {
    private final double[][] millis;

    /**
     * @param millis milliseconds per build and round, every build with the same rounds
     */
    PairedTimes(double[][] millis) {
        this.millis = millis;
    }

    /**
     * The median time of a build.
     *
     * @param build index of the build, 0 for the first
     * @return milliseconds
     */
    public double medianMillis(int build) {
        return quantile(millis[build].clone(), 0.5);
    }

    /**
     * A quantile of a build's time over the first build's, round by round.
     *
     * @param build index of the build
     * @param q the quantile, 0..1 (0.5 for the median)
     * @return the ratio's quantile; 1 for the first build
     */
    public double ratioQuantile(int build, double q) {
        double[] ratios = new double[millis[build].length];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = millis[build][round] / millis[0][round];
        }
        return quantile(ratios, q);
    }

    /** The q-quantile of the values (sorted in place), interpolating between neighbours. */
    private static double quantile(double[] values, double q) {
        Arrays.sort(values);
        double at = q * (values.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(values.length - 1, below + 1);
        return values[below] + (at - below) * (values[above] - values[below]);
    }
}
