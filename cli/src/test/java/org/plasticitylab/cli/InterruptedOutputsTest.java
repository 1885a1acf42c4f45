package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 2 and 6, with real processes and Ctrl-C: a run stopped while its charts are
 * drawn says it is incomplete, and a sweep stopped before any run finished continues.
 */
class InterruptedOutputsTest {
    private static final String SCENARIO = """
            name: slow
            days: 60
            burn_in_days: 1
            network: {neurons: 400, candidate_synapses_per_neuron: 80}
            stress: [{from_day: 0, to_day: 60, level: 0.8}]
            treatments: [{type: nmda-block, days: [20, 22]}]
            therapy: [{first_day: 20, every_days: 2, count: 3}]
            """;

    @TempDir
    Path dir;

    @Test
    void ctrlCWhileTheChartsAreDrawnLeavesAnIncompleteFolderAndExits130() throws Exception {
        Path scenario = Files.writeString(dir.resolve("slow.yaml"), SCENARIO);
        Path out = dir.resolve("charts");
        Path err = dir.resolve("charts.err");
        Process p = ChildCommand.start(err.toFile(), "run", scenario.toString(), "--out",
                out.toString(), "--chart-size", "3200x1800", "-q");
        waitFor(p, out.resolve("timeseries.csv"));
        ChildCommand.interrupt(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(Files.readString(err)).doesNotContain("Exception", "Shutdown in progress");
        assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("completed").asBoolean()).isFalse();
        assertThat(out.resolve(OutputFolder.MARKER)).doesNotExist();
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
        assertThat(out.resolve("scenario.yaml")).exists();
    }

    @Test
    void aSweepStoppedBeforeItsFirstRunEndsContinuesWithTheSameCommand() throws Exception {
        Path scenario = Files.writeString(dir.resolve("slow.yaml"), SCENARIO);
        Path out = dir.resolve("sweep");
        String[] sweep = {"sweep", scenario.toString(), "--vary", "stress[0].level=0.4:0.8:2",
            "--seeds", "1", "--threads", "1", "--days", "8", "--out", out.toString(),
            "--no-charts", "-q"};
        Process p = ChildCommand.start(dir.resolve("sweep.err").toFile(), sweep);
        waitFor(p, out.resolve(OutputFolder.LOCK));
        ChildCommand.interrupt(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(out.resolve("runs/0001.json")).doesNotExist();

        Cli.Outcome again = Cli.run(sweep);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(out.resolve("runs.csv")).exists();
        assertThat(out.resolve(OutputFolder.MARKER)).exists();
    }

    private static void waitFor(Process p, Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("still running when %s appeared", file).isTrue();
    }
}
