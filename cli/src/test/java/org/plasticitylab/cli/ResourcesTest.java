package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.MemoryEstimate;

/** Issue 13, item 4: one memory and time estimate, consulted by every command. */
class ResourcesTest {
    @TempDir
    Path dir;

    /** Neurons whose network fits the heap alone but not with the two chart snapshots. */
    private static int neuronsThatFitOnlyWithoutSnapshots(int perNeuron) {
        long max = Runtime.getRuntime().maxMemory();
        long perSlot = MemoryEstimate.BYTES_PER_SLOT + MemoryEstimate.SNAPSHOT_BYTES_PER_SLOT;
        long slots = max / perSlot + max / (4 * perSlot);
        return (int) (slots / perNeuron / 4 * 4);
    }

    @Test
    void theNetworkSnapshotsOfTheChartsCountEvenWithNoCharts() throws Exception {
        int perNeuron = 1000;
        int neurons = neuronsThatFitOnlyWithoutSnapshots(perNeuron);
        NetworkSpec spec = new NetworkSpec(neurons, perNeuron);
        assertThat(new MemoryEstimate(spec.slots(), 2).bytes())
                .isLessThan(Runtime.getRuntime().maxMemory());
        Path file = Files.writeString(dir.resolve("big.yaml"), Cli.TINY.replace(
                "{neurons: 80, candidate_synapses_per_neuron: 20}",
                "{neurons: " + neurons + ", candidate_synapses_per_neuron: " + perNeuron + "}"));
        long start = System.nanoTime();
        Cli.Outcome o = Cli.run("run", file.toString(), "--no-charts", "--out",
                dir.resolve("out").toString());
        assertThat(o.exit()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains("needs about", "2 snapshots", "this Java VM may use");
        assertThat(System.nanoTime() - start).as("refused before building").isLessThan(5_000_000_000L);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void parallelRunsCountOncePerThread() {
        Scenario s = Presets.get("healthy");
        MemoryEstimate one = MemoryEstimate.of(s);
        assertThat(one.times(4).bytes()).isEqualTo(4 * one.bytes());
        assertThat(one.withSnapshots(2).bytes() - one.bytes())
                .isEqualTo(2L * s.network().slots() * MemoryEstimate.SNAPSHOT_BYTES_PER_SLOT);
    }

    @Test
    void longJobsAreAnnouncedShortOnesNot() {
        Scenario preset = Presets.get("ketamine-series-therapy");
        assertThat(Resources.announcement(List.of(preset), 1)).isEmpty();
        assertThat(Resources.announcement(Collections.nCopies(1000, preset), 2))
                .hasValueSatisfying(note -> assertThat(note).startsWith("note: this will take"
                        + " about ").contains("Ctrl-C"));
        assertThat(Resources.duration(90)).isEqualTo("2 min");
        assertThat(Resources.duration(7200)).isEqualTo("2.0 h");
    }
}
