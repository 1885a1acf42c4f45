package org.plasticitylab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

class StepAllocationTest {
    private static final Scenario SHORT = Presets.get("healthy").toBuilder().days(2).build();

    @Test
    void measuresEveryBlockOnTheCallersThread() {
        long[] bytes = StepAllocation.measure(SHORT, 10, 20, 3);
        assertThat(bytes).hasSize(3);
        assertThat(Arrays.stream(bytes).min().orElseThrow()).isNotNegative();
    }

    @Test
    void aRunTooShortForTheBlocksIsRefusedByName() {
        assertThatThrownBy(() -> StepAllocation.measure(SHORT, 10, 1000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"healthy\" ends before the measured steps");
    }
}
