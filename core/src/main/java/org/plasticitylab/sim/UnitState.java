package org.plasticitylab.sim;

/**
 * The state of every unit between two steps: rate, synaptic and external input, adaptation and
 * the sum of the weights onto it. Live arrays, written unit by unit by {@link UnitWork}.
 */
final class UnitState {
    /** Rates, 0..1. */
    final double[] rate;
    /** The same rates as floats, for the float pass over the synapses. */
    final float[] rateF;
    /** Synaptic input for the coming step. */
    final double[] h;
    /** External input for the coming step. */
    final double[] external;
    final double[] adaptation;
    /** Sum of the weights onto each unit after the last pass. */
    final double[] weightSums;

    UnitState(int units) {
        rate = new double[units];
        rateF = new float[units];
        h = new double[units];
        external = new double[units];
        adaptation = new double[units];
        weightSums = new double[units];
    }

    /**
     * The sum of all weights, from the units' sums in a fixed order (four running sums, by unit
     * number modulo 4, so that a sample at every step does not wait on one long chain of
     * additions): the same bits however the units were grouped when their sums were made.
     *
     * @return the weight sum
     */
    double weightSum() {
        int n = weightSums.length;
        int unit = 0;
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        for (; unit + 3 < n; unit += 4) {
            a += weightSums[unit];
            b += weightSums[unit + 1];
            c += weightSums[unit + 2];
            d += weightSums[unit + 3];
        }
        for (; unit < n; unit++) {
            a += weightSums[unit];
        }
        return (a + b) + (c + d);
    }
}
