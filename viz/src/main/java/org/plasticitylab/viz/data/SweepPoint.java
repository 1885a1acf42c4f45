package org.plasticitylab.viz.data;

import org.plasticitylab.metrics.Interval;

/**
 * One point of a parameter sweep: the outcome's mean over seeds at parameter value {@code x},
 * with a 95 % band from {@code low} to {@code high}.
 *
 * @param x value of the varied parameter
 * @param mean mean outcome over the seeds
 * @param low lower end of the band, at most {@code mean}
 * @param high upper end of the band, at least {@code mean}
 */
public record SweepPoint(double x, double mean, double low, double high) {
    /**
     * Checks the values.
     *
     * @param x value of the varied parameter
     * @param mean mean outcome over the seeds
     * @param low lower end of the band, at most {@code mean}
     * @param high upper end of the band, at least {@code mean}
     * @throws IllegalArgumentException if {@code x} or {@code mean} is not finite, or
     *     {@code low <= mean <= high} does not hold
     */
    public SweepPoint {
        if (!Double.isFinite(x) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(
                    "x and mean must be finite, were " + x + " and " + mean);
        }
        if (!(low <= mean && mean <= high)) {
            throw new IllegalArgumentException("low <= mean <= high must hold, was " + low
                    + " <= " + mean + " <= " + high);
        }
    }

    /**
     * The mean of the outcomes of several seeds with its 95 % confidence interval
     * (Student's t, so that five seeds give an honest, wide band). One value gives a band of
     * zero width.
     *
     * @param x value of the varied parameter
     * @param outcomes the outcome of each seed, at least one
     * @return the point with mean and band
     * @throws IllegalArgumentException if {@code outcomes} is empty
     */
    public static SweepPoint ofSamples(double x, double... outcomes) {
        if (outcomes.length == 0) {
            throw new IllegalArgumentException("outcomes must hold at least one value, was empty");
        }
        return of(x, Interval.of95(outcomes));
    }

    /**
     * The point of an interval (clipped, say, to what the outcome can be); an interval of one
     * value, with NaN bounds, gives a band of zero width.
     *
     * @param x value of the varied parameter
     * @param interval the mean and its band
     * @return the point
     */
    public static SweepPoint of(double x, Interval interval) {
        if (Double.isNaN(interval.low()) || Double.isNaN(interval.high())) {
            return new SweepPoint(x, interval.mean(), interval.mean(), interval.mean());
        }
        return new SweepPoint(x, interval.mean(), interval.low(), interval.high());
    }
}
