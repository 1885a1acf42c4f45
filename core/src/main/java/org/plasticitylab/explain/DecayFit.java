package org.plasticitylab.explain;

import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares fit of an exponential decay {@code y = a * exp(-ln2 * t / halfLife)} with
 * Commons Math, started from a log-linear regression on the positive points.
 *
 * @param amplitude fitted value at t = 0
 * @param halfLife fitted half-life, in the unit of t
 * @param rSquared share of the variance of y the fit explains (1 is perfect)
 * @param points number of points fitted
 */
record DecayFit(double amplitude, double halfLife, double rSquared, int points) {
    /** Fewest points a fit is attempted with. */
    static final int MIN_POINTS = 8;

    private static final double LN2 = Math.log(2);

    /** y = a * exp(-k t) with parameters {a, k}. */
    private static final ParametricUnivariateFunction DECAY = new ParametricUnivariateFunction() {
        @Override
        public double value(double t, double... p) {
            return p[0] * Math.exp(-p[1] * t);
        }

        @Override
        public double[] gradient(double t, double... p) {
            double e = Math.exp(-p[1] * t);
            return new double[] {e, -p[0] * t * e};
        }
    };

    /**
     * Fits {@code y(t)}; {@code t} and {@code y} have the same length, at least
     * {@link #MIN_POINTS}, and y must start positive and fall.
     *
     * @throws IllegalArgumentException if there are too few points or no decay to fit
     */
    static DecayFit of(double[] t, double[] y) {
        if (t.length != y.length || t.length < MIN_POINTS) {
            throw new IllegalArgumentException("need at least " + MIN_POINTS
                    + " points of t and y of equal length, was " + t.length + " and " + y.length);
        }
        double[] guess = logLinearGuess(t, y);
        WeightedObservedPoints points = new WeightedObservedPoints();
        for (int i = 0; i < t.length; i++) {
            points.add(t[i], y[i]);
        }
        double[] p = SimpleCurveFitter.create(DECAY, guess).withMaxIterations(1000)
                .fit(points.toList());
        if (!(p[1] > 0)) {
            throw new IllegalArgumentException("no decay to fit: rate was " + p[1]);
        }
        return new DecayFit(p[0], LN2 / p[1], rSquared(t, y, p), t.length);
    }

    /** Starting values {a, k} from a straight line through log y where y is positive. */
    private static double[] logLinearGuess(double[] t, double[] y) {
        SimpleRegression line = new SimpleRegression();
        for (int i = 0; i < t.length; i++) {
            if (y[i] > 0) {
                line.addData(t[i], Math.log(y[i]));
            }
        }
        if (line.getN() < 2 || !(line.getSlope() < 0)) {
            throw new IllegalArgumentException("no decay to fit: y does not fall");
        }
        return new double[] {Math.exp(line.getIntercept()), -line.getSlope()};
    }

    private static double rSquared(double[] t, double[] y, double[] p) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < t.length; i++) {
            residual += Math.pow(y[i] - DECAY.value(t[i], p), 2);
            total += Math.pow(y[i] - mean, 2);
        }
        return total == 0 ? 1 : 1 - residual / total;
    }
}
