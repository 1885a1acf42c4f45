package org.plasticitylab.metrics;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean and 95 % confidence interval of a sample: mean +- t(0.975, n - 1) * sd / sqrt(n).
 *
 * @param mean sample mean
 * @param low lower bound, NaN for fewer than two values
 * @param high upper bound, NaN for fewer than two values
 * @param n sample size
 */
public record Interval(double mean, double low, double high, long n) {
    /**
     * The interval of the values.
     *
     * @param values the sample, not empty
     * @return mean and 95 % interval; the bounds are NaN for a single value
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static Interval of95(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            stats.addValue(v);
        }
        double mean = stats.getMean();
        if (values.length < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, 1);
        }
        double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
        double half = t * stats.getStandardDeviation() / Math.sqrt(values.length);
        return new Interval(mean, mean - half, mean + half, values.length);
    }

    /**
     * This interval with its bounds clipped to what the outcome can be: with few seeds a
     * t-interval of a recall can reach below 0, or of a day before day 0.
     *
     * @param min the smallest possible value
     * @param max the largest possible value
     * @return the interval with {@code low >= min} and {@code high <= max} (NaN bounds stay NaN)
     */
    public Interval clippedTo(double min, double max) {
        return new Interval(mean, Double.isNaN(low) ? low : Math.max(min, low),
                Double.isNaN(high) ? high : Math.min(max, high), n);
    }
}
