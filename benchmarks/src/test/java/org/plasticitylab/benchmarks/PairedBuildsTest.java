package org.plasticitylab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.sim.Simulation;

class PairedBuildsTest {
    @Test
    void mediansAndPairedRatiosComeFromTheSameRounds() {
        PairedTimes times = new PairedTimes(new double[][] {{100, 200, 300}, {110, 180, 330}});
        assertThat(times.medianMillis(0)).isEqualTo(200);
        assertThat(times.medianMillis(1)).isEqualTo(180);
        // ratios 1.1, 0.9, 1.1: the median ratio is not the ratio of the medians
        assertThat(times.ratioQuantile(1, 0.5)).isCloseTo(1.1, within(1e-12));
        assertThat(times.ratioQuantile(1, 0.25)).isCloseTo(1.0, within(1e-12));
        assertThat(times.ratioQuantile(0, 0.5)).isEqualTo(1);
    }

    @Test
    void runsEveryBuildInItsOwnClassLoaderEveryRound() throws Exception {
        Path core = Path.of(Simulation.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        PairedTimes times = new PairedBuilds("healthy", 2, 0, 2).time(List.of(core, core));
        assertThat(times.medianMillis(0)).isPositive();
        assertThat(times.medianMillis(1)).isPositive();
    }

    @Test
    void aMissingBuildOrNoRoundsIsRefusedByName() {
        assertThatThrownBy(() -> new PairedBuilds("healthy", 2, 0, 1)
                .time(List.of(Path.of("no/such.jar"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no build at no/such.jar");
        assertThatThrownBy(() -> new PairedBuilds("healthy", 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounds must be at least 1");
    }
}
