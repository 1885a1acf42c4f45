package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlasticityStateTest {
    private final PlasticityStateParameters p = PlasticityStateParameters.defaults();

    @Test
    void healthyBaselineIsOne() {
        assertThat(new PlasticityState(p).advance(0.25, 0, 0, 0)).isEqualTo(1.0);
    }

    @Test
    void stressHalvesPlasticityAtFullLevel() {
        assertThat(new PlasticityState(p).advance(0.25, 0, 0.8, 0)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void boostDecaysExponentiallyWithItsTimeConstant() {
        PlasticityState s = new PlasticityState(p);
        s.advance(1, 1, 0, 0);
        double b0 = s.boost();
        for (int i = 0; i < 72 * 4; i++) {
            s.advance(0.25, 0, 0, 0);
        }
        assertThat(s.boost() / b0).isCloseTo(Math.exp(-1), within(1e-12));
    }

    @Test
    void boostDoesNotDependOnTheStepForConstantOccupancy() {
        PlasticityState coarse = new PlasticityState(p);
        coarse.advance(2, 0.5, 0, 0);
        PlasticityState fine = new PlasticityState(p);
        for (int i = 0; i < 8; i++) {
            fine.advance(0.25, 0.5, 0, 0);
        }
        assertThat(coarse.boost()).isCloseTo(fine.boost(), within(1e-12));
    }

    @Test
    void monoaminergicEffectBuildsOverWeeks() {
        PlasticityState s = new PlasticityState(p);
        for (int i = 0; i < 14 * 24 * 4; i++) {
            s.advance(0.25, 0, 0, 1);
        }
        assertThat(s.monoamine()).isCloseTo(1 - Math.exp(-1), within(1e-9));
        assertThat(s.level()).isCloseTo(1 + 0.6 * (1 - Math.exp(-1)), within(1e-9));
    }
}
