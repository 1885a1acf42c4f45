package org.plasticitylab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlasticRateNetworkTest {
    private static final NetworkSize SMALL = new NetworkSize(40, 7);

    @Test
    void everyUnitHasExactlyKDistinctInputsAndNoneIsItself() {
        PlasticRateNetwork net = PlasticRateNetwork.random(SMALL, 1);
        int[] pre = net.pre();
        int k = SMALL.inputsPerUnit();
        for (int i = 0; i < SMALL.units(); i++) {
            int[] inputs = Arrays.copyOfRange(pre, i * k, (i + 1) * k);
            assertThat(inputs).doesNotHaveDuplicates().doesNotContain(i);
            assertThat(Arrays.stream(inputs)).allMatch(j -> j >= 0 && j < SMALL.units());
        }
    }

    @Test
    void fusedStepMatchesTheTwoPassDefinition() {
        PlasticRateNetwork net = PlasticRateNetwork.random(SMALL, 2);
        int[] pre = net.pre();
        double[] w = toDoubles(net.weights());
        double[] input = toDoubles(net.inputs());
        double[] rate = new double[SMALL.units()];
        for (int step = 0; step < 5; step++) {
            net.step();
            rate = referenceStep(pre, w, rate, input);
        }
        assertThat(toDoubles(net.rates())).containsExactly(rate, within(1e-4));
        assertThat(toDoubles(net.weights())).containsExactly(w, within(1e-4));
    }

    /**
     * From the kernel's own state at every step, one step of the reference must give the
     * kernel's next state, all the way through the rise of the rates to saturation, where the
     * upper clip holds every weight at 1 (101 units of 100 inputs saturate after about 700
     * steps; 40x7 never comes near the clip). Tolerance: the reference sums h in double from
     * the kernel's float weights and rates, the kernel in float; h is a sum of at most 100
     * non-negative terms, so the kernel's h is off by at most 99 x 2^-24 x h, about 6e-6 h. The
     * rate's slope in h is 0.25 r (1 - r), which is small where h is large: 6e-6 h x 0.25 r (1 - r)
     * stays below 5e-6 for every h at these inputs, plus 6e-8 for rounding the rate to float.
     * The weights see the rates through 0.01 r r (under 1e-7) and one float rounding. 1e-5
     * covers both.
     */
    @Test
    void everyStepMatchesTheReferenceThroughSaturation() {
        NetworkSize size = new NetworkSize(101, 100);
        PlasticRateNetwork net = PlasticRateNetwork.random(size, 4);
        int[] pre = net.pre();
        for (int step = 0; step < 900; step++) {
            double[] w = toDoubles(net.weights());
            double[] rate = referenceStep(pre, w, toDoubles(net.rates()), toDoubles(net.inputs()));
            net.step();
            assertThat(maxDifference(net.rates(), rate)).as("rates, step %d", step)
                    .isLessThanOrEqualTo(1e-5);
            assertThat(maxDifference(net.weights(), w)).as("weights, step %d", step)
                    .isLessThanOrEqualTo(1e-5);
        }
        assertThat(net.weights()).as("the run must reach the upper clip").contains(1f);
    }

    /**
     * The kernel drops the lower clip because no weight can go negative (see its class
     * comment): check it where it matters, on every weight at every step of a run that rises to
     * saturation, together with the upper bound.
     */
    @Test
    void weightsStayWithinZeroAndOneWithoutALowerClip() {
        PlasticRateNetwork net = PlasticRateNetwork.random(new NetworkSize(101, 100), 5);
        for (int step = 0; step < 900; step++) {
            net.step();
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            for (float w : net.weights()) {
                lowest = Math.min(lowest, Float.floatToRawIntBits(w));
                highest = Math.max(highest, Float.floatToRawIntBits(w));
            }
            // as bits, so that -0.0 (below +0) and NaN (above 1) fail too
            assertThat(lowest).as("lowest weight bits, step %d", step).isNotNegative();
            assertThat(highest).as("highest weight bits, step %d", step)
                    .isLessThanOrEqualTo(Float.floatToRawIntBits(1f));
        }
    }

    @Test
    @Timeout(60)
    void twoThreadsGiveTheSameBitsAsOne() {
        assertTwoThreadsGiveTheSameBitsAsOne(TwoThreadStepper.WAIT_NANOS);
    }

    /** Every wait parks at once, so the hand-over through park and unpark is what is tested. */
    @Test
    @Timeout(60)
    void twoThreadsGiveTheSameBitsAsOneWhenEveryWaitParks() {
        assertTwoThreadsGiveTheSameBitsAsOne(0);
    }

    private static void assertTwoThreadsGiveTheSameBitsAsOne(long waitNanos) {
        PlasticRateNetwork one = PlasticRateNetwork.random(SMALL, 3);
        PlasticRateNetwork two = PlasticRateNetwork.random(SMALL, 3);
        try (TwoThreadStepper stepper = new TwoThreadStepper(two, waitNanos)) {
            for (int step = 0; step < 200; step++) {
                assertThat(stepper.step()).isEqualTo(one.step());
            }
        }
        assertThat(two.weights()).containsExactly(one.weights());
        assertThat(two.rates()).containsExactly(one.rates());
    }

    /**
     * Issue #5's step read literally, in doubles: h = W r with the previous rates, new rates,
     * then the rule with the new rates.
     */
    private static double[] referenceStep(int[] pre, double[] w, double[] previous,
            double[] input) {
        int n = previous.length;
        int k = pre.length / n;
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double h = 0;
            for (int s = i * k; s < (i + 1) * k; s++) {
                h += w[s] * previous[pre[s]];
            }
            next[i] = 1 / (1 + Math.exp(-0.25 * (h + input[i] - 12)));
        }
        for (int i = 0; i < n; i++) {
            for (int s = i * k; s < (i + 1) * k; s++) {
                double updated = w[s] + 0.01 * (next[i] * next[pre[s]] - 0.5 * w[s]);
                w[s] = Math.max(0, Math.min(1, updated));
            }
        }
        return next;
    }

    private static double maxDifference(float[] actual, double[] expected) {
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
