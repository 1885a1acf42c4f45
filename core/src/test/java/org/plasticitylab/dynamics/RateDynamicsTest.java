package org.plasticitylab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateDynamicsTest {
    private final RateDynamics dynamics = new RateDynamics(ActivityParameters.defaults());

    @Test
    void nmdaBlockDisinhibitsTheNetwork() {
        double[] h = {0.4, 0.5, 0.6, 0.7};
        double[] none = new double[4];
        double[] rate = new double[4];
        double drugFree = dynamics.update(h, none, 0, rate);
        double blocked = dynamics.update(h, none, 0.64, rate);
        assertThat(blocked).isGreaterThan(drugFree);
    }

    @Test
    void adaptationDampsAUnitThatIsDrivenWithoutPause() {
        double[] h = {1.0, 0, 0, 0};
        double[] none = new double[4];
        double[] rate = new double[4];
        double[] adaptation = new double[4];
        dynamics.update(h, none, 0, rate, adaptation, 0.25);
        double first = rate[0];
        for (int i = 0; i < 40; i++) {
            dynamics.update(h, none, 0, rate, adaptation, 0.25);
        }
        assertThat(first).isGreaterThan(0.9);
        assertThat(rate[0]).isLessThan(0.5);
    }
}
