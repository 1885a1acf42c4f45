package org.plasticitylab.viz.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.viz.SameBits.assertSameBits;

import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.viz.TestRuns;
import org.plasticitylab.viz.explorer.ExplorerSettings;

class CapturingRunTest {
    @Test
    void capturingGivesExactlyTheNumbersOfAHeadlessRun() {
        Scenario s = TestRuns.shortScenario();
        assertSameBits(CapturingRun.run(s).result().series(), Simulation.run(s).series());
    }

    @Test
    void aScenarioBuiltByTheExplorerRunsLikeTheSameScenarioHeadless() {
        Scenario base = TestRuns.shortScenario();
        ExplorerSettings edited = ExplorerSettings.of(base);
        edited = new ExplorerSettings(edited.days(), 7, edited.neurons(), 1,
                edited.stress(), new ExplorerSettings.Doses(0.7, 2, 1), edited.therapy(), true);
        Scenario built = edited.apply(base);
        assertSameBits(CapturingRun.run(built).result().series(),
                Simulation.run(built).series());
    }

    @Test
    void snapshotsAreTakenTheDayBeforeTreatmentAndAtTheEnd() {
        CapturedRun run = TestRuns.shortRun();
        assertThat(run.hasSnapshots()).isTrue();
        assertThat(run.before().orElseThrow().day()).isEqualTo(0.25 / 24);
        assertThat(run.after().orElseThrow().day()).isEqualTo(4);
        assertThat(run.after().orElseThrow().label()).isEqualTo("day 4 (end)");
    }

    @Test
    void theAfterSnapshotShowsTheNetworkThreeDaysAfterTheLastTreatment() {
        Scenario s = TestRuns.shortScenario().toBuilder().days(8).clearStress()
                .stress(0, 8, 0.8).build();
        CapturedRun run = CapturingRun.run(s);
        double lastSessionEnd = 2 + 2.0 / 24;
        assertThat(run.after().orElseThrow().day()).isCloseTo(lastSessionEnd + 3,
                org.assertj.core.data.Offset.offset(0.25 / 24));
        assertThat(run.after().orElseThrow().label()).endsWith("(after treatment)");
    }
}
