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
     * The sum of all weights, added unit by unit in order: the same bits however the units were
     * grouped when their sums were made.
     *
     * @return the weight sum
     */
    double weightSum() {
        double sum = 0;
        for (double unitSum : weightSums) {
            sum += unitSum;
        }
        return sum;
    }
}
