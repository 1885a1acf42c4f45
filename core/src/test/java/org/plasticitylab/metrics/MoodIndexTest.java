package org.plasticitylab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MoodIndexTest {
    @Test
    void healthyNetworkScoresAHundred() {
        assertThat(MoodIndex.of(1, 1, 0.33, 0.33)).isEqualTo(100.0);
    }

    @Test
    void anhedoniaRuminationAndPruningEachCost() {
        assertThat(MoodIndex.of(0, 1, 0.17, 0.33)).isCloseTo(12.9, within(0.1));
        assertThat(MoodIndex.of(0, 0, 0.33, 0.33)).isEqualTo(50.0);
        assertThat(MoodIndex.of(1, 1, 0.5, 0.33)).isEqualTo(100.0);
    }
}
