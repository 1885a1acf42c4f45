package org.plasticitylab.viz.data;

/** The 97.5 % quantile of Student's t, for two-sided 95 % intervals of a mean. */
final class StudentT {
    /** Quantiles for 1 to 30 degrees of freedom (standard tables). */
    private static final double[] QUANTILE_975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447,
        2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093,
        2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    private StudentT() {
    }

    /** The quantile, rounded up between table rows so that bands are never too narrow. */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException(
                    "degreesOfFreedom must be >= 1, was " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= QUANTILE_975.length) {
            return QUANTILE_975[degreesOfFreedom - 1];
        }
        if (degreesOfFreedom <= 40) {
            return 2.042;
        }
        if (degreesOfFreedom <= 60) {
            return 2.021;
        }
        return degreesOfFreedom <= 120 ? 2.000 : 1.980;
    }
}
