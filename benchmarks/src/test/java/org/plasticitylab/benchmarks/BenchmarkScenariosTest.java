package org.plasticitylab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plasticitylab.scenario.Scenario;

class BenchmarkScenariosTest {
    /** The network sizes of StepThroughputBenchmark and ThreadScalingBenchmark. */
    @ParameterizedTest
    @ValueSource(strings = {"200x50", "1000x100", "10000x100", "100000x100"})
    void everyStepBenchmarkSizeIsAValidScenarioWithTheSlotsItsLabelSays(String size) {
        Scenario scenario = BenchmarkScenarios.stepping(NetworkSize.parse(size));

        assertThat(scenario.network().slots()).isEqualTo(NetworkSize.parse(size).synapses());
        assertThat(scenario.burnInDays()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {24, BenchmarkScenarios.PROBE_ONLY_AT_DAY_0_HOURS})
    void aPresetKeepsItsTimelineWithOtherProbeAndSampleIntervals(double probeEveryHours) {
        Scenario derived = BenchmarkScenarios.preset("ketamine-series-therapy", probeEveryHours, 24);

        assertThat(derived.model().probe().everyHours()).isEqualTo(probeEveryHours);
        assertThat(derived.sampleEveryHours()).isEqualTo(24);
        assertThat(derived.treatments()).isNotEmpty();
        assertThat(derived.therapy()).isNotEmpty();
    }
}
