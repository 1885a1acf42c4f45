package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecayFitTest {
    @Test
    void recoversAnExactHalfLife() {
        double[] t = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.25;
            y[i] = 3 * Math.pow(0.5, t[i] / 2.1);
        }
        DecayFit fit = DecayFit.of(t, y);
        assertThat(fit.halfLife()).isCloseTo(2.1, within(1e-6));
        assertThat(fit.amplitude()).isCloseTo(3, within(1e-6));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-9));
    }

    @Test
    void fitsNoisyDataThatDipsBelowZeroAndSaysTheFitIsWorse() {
        Random noise = new Random(1);
        double[] t = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.1;
            y[i] = 2 * Math.exp(-t[i] / 3) + 0.1 * noise.nextGaussian();
        }
        DecayFit fit = DecayFit.of(t, y);
        assertThat(fit.halfLife()).isCloseTo(3 * Math.log(2), within(0.2));
        assertThat(fit.rSquared()).isBetween(0.9, 0.999);
    }

    @Test
    void refusesTooFewPointsAndRisingData() {
        assertThatThrownBy(() -> DecayFit.of(new double[3], new double[3]))
                .hasMessageContaining("at least 8");
        double[] t = {0, 1, 2, 3, 4, 5, 6, 7};
        assertThatThrownBy(() -> DecayFit.of(t, new double[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .hasMessageContaining("no decay");
    }
}
