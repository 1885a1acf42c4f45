package org.plasticitylab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MoodIndexTest {
    @Test
    void healthyNetworkScoresAHundred() {
        assertThat(MoodIndex.of(1, 1, 1, 0.3, 0.3)).isEqualTo(100.0);
    }

    @Test
    void eachPartCostsItsShare() {
        assertThat(MoodIndex.of(0, 1, 1, 0.3, 0.3)).isCloseTo(40, within(1e-9));
        assertThat(MoodIndex.of(0, 0, 1, 0.3, 0.3)).isCloseTo(60, within(1e-9));
        assertThat(MoodIndex.of(1, 1, 0.5, 0.3, 0.3)).isCloseTo(90, within(1e-9));
        assertThat(MoodIndex.of(1, 1, 1, 0, 0.5)).isCloseTo(90, within(1e-9));
    }

    @Test
    void theStressedNetworkScoresLow() {
        assertThat(MoodIndex.of(0, 1, 0.52, 0.0, 0.47)).isCloseTo(21, within(0.5));
    }

    @Test
    void moreDensityThanHealthyAndMoreEngagementThanRuminationEarnNothingExtra() {
        assertThat(MoodIndex.of(1, 1, 1.3, 0.9, 0.1)).isEqualTo(100.0);
    }

    @Test
    void anUnknownHealthyDensityCountsNoSynapsesAsKept() {
        assertThat(MoodIndex.of(1, 1, Double.NaN, 0.3, 0.3)).isCloseTo(80, within(1e-9));
    }
}
