package org.plasticitylab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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

    @Test
    void twoThreadsGiveTheSameBitsAsOne() {
        PlasticRateNetwork one = PlasticRateNetwork.random(SMALL, 3);
        PlasticRateNetwork two = PlasticRateNetwork.random(SMALL, 3);
        try (TwoThreadStepper stepper = new TwoThreadStepper(two)) {
            for (int step = 0; step < 20; step++) {
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
        int n = SMALL.units();
        int k = SMALL.inputsPerUnit();
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

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
