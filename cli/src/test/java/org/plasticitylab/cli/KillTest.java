package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.sim.Simulation;

/**
 * Real {@code plasticity run} processes killed at seeded random points, with SIGINT (Ctrl-C)
 * and SIGKILL: no file is ever partial, Ctrl-C exits 130 with completed=false, and
 * {@code --resume} from the latest checkpoint completes to the bytes of an uninterrupted run.
 */
class KillTest {
    /**
     * A few seconds of simulation: still running {@value #MAX_DELAY_MILLIS} ms after day 5 (the
     * network is the default size, and the run long enough that the remaining 315 days take
     * several times the largest delay, so that a faster engine or a quiet machine does not
     * finish first).
     */
    private static final String SCENARIO = """
            name: kill-me
            days: 320
            burn_in_days: 1
            network: {neurons: 400, candidate_synapses_per_neuron: 80}
            stress: [{from_day: 0, to_day: 320, level: 0.8}]
            treatments: [{type: nmda-block, days: [30, 32, 34]}]
            therapy: [{first_day: 30, every_days: 2, count: 3}]
            """;
    private static final int DAYS = 320;
    private static final int MAX_DELAY_MILLIS = 500;
    private static final int KILLS_PER_KIND = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int killsSurvived;
    private static long bytesCompared;

    @TempDir
    static Path dir;
    private static Path scenario;
    private static byte[] expectedSeries;
    private static JsonNode expectedSummary;

    @BeforeAll
    static void runUninterrupted() throws IOException {
        scenario = Files.writeString(dir.resolve("kill-me.yaml"), SCENARIO);
        Path out = dir.resolve("whole");
        Cli.Outcome o = Cli.run("run", scenario.toString(), "--out", out.toString(), "-q",
                "--no-charts");
        assertThat(o.exit()).as(o.err()).isZero();
        expectedSeries = Files.readAllBytes(out.resolve("timeseries.csv"));
        expectedSummary = withoutRunTime(out.resolve("summary.json"));
    }

    @AfterAll
    static void report() {
        System.out.println("KillTest: " + killsSurvived + " kills survived, " + bytesCompared
                + " bytes compared with the uninterrupted run");
    }

    @Test
    void ctrlCStopsWritesAnIncompleteSummaryAndExits130() throws Exception {
        Random random = new Random(6);
        for (int k = 0; k < KILLS_PER_KIND; k++) {
            Path out = killed("int-" + k, random, true);
            JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
            assertThat(summary.get("completed").asBoolean()).isFalse();
            double reached = summary.get("end_day").asDouble();
            assertThat(reached).isGreaterThan(0).isLessThan(DAYS);
            assertNoPartialFiles(out, false);
            resumeAndCompare(out);
        }
    }

    @Test
    void sigkillNeverLeavesAPartialFileAndTheRunResumes() throws Exception {
        Random random = new Random(60);
        for (int k = 0; k < KILLS_PER_KIND; k++) {
            Path out = killed("kill-" + k, random, false);
            assertNoPartialFiles(out, true);
            resumeAndCompare(out);
        }
    }

    /** The output folder of a run stopped by SIGINT (exit 130) or SIGKILL (exit 137). */
    private static Path killed(String name, Random random, boolean sigint) throws Exception {
        Path out = dir.resolve(name);
        Process p = startAndWait(out, random);
        if (sigint) {
            ChildCommand.interrupt(p);
        } else {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit of %s", name).isEqualTo(sigint ? 130 : 137);
        return out;
    }

    /** Starts a checkpointing run; returns once it is under way, plus a random delay. */
    private static Process startAndWait(Path out, Random random) throws Exception {
        Process p = ChildCommand.start(dir.resolve(out.getFileName() + ".err").toFile(), "run",
                scenario.toString(), "--checkpoint-every", "5", "--out", out.toString(),
                "--no-charts", "-q");
        Path first = out.resolve("checkpoints").resolve(PeriodicCheckpoints.fileName(5));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(first) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.isAlive()).as("still running at the first checkpoint").isTrue();
        Thread.sleep(random.nextInt(MAX_DELAY_MILLIS));
        assertThat(p.isAlive()).as("still running when killed").isTrue();
        return p;
    }

    /**
     * Every file is absent or whole: the CSV has full rows, JSON and YAML parse, every
     * checkpoint loads; no completion marker. Temporary files and the lock only after SIGKILL,
     * and only with AtomicFiles' names.
     */
    private static void assertNoPartialFiles(Path out, boolean killed) throws IOException {
        Scenario s = ScenarioFiles.read(scenario);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (AtomicFiles.isTemporary(f) || name.equals(OutputFolder.LOCK)) {
                assertThat(killed).as("temporary file or lock %s after Ctrl-C", f).isTrue();
            } else if (name.equals("timeseries.csv")) {
                List<String> lines = Files.readAllLines(f);
                assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1))
                        .hasSize(Column.values().length));
            } else if (name.equals("summary.json")) {
                assertThat(JSON.readTree(f.toFile()).get("disclaimer")).isNotNull();
            } else if (name.equals("datapackage.json")) {
                assertThat(JSON.readTree(f.toFile()).path("resources").get(0).path("path")
                        .asText()).isEqualTo("timeseries.csv");
            } else if (name.equals("scenario.yaml")) {
                assertThat(ScenarioFiles.read(f)).isEqualTo(s);
            } else if (name.endsWith(".ckpt")) {
                Simulation.builder(s).resumeFrom(f).build().close();
            } else {
                throw new AssertionError("unexpected file " + f);
            }
        }
    }

    private static void resumeAndCompare(Path out) throws IOException {
        Path latest;
        try (Stream<Path> list = Files.list(out.resolve("checkpoints"))) {
            latest = list.filter(f -> f.toString().endsWith(".ckpt")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
        }
        Cli.Outcome o = Cli.run("run", scenario.toString(), "--resume", latest.toString(),
                "--out", out.toString(), "-q", "--no-charts");
        assertThat(o.exit()).as(o.err()).isZero();
        byte[] series = Files.readAllBytes(out.resolve("timeseries.csv"));
        assertThat(series).isEqualTo(expectedSeries);
        assertThat(withoutRunTime(out.resolve("summary.json"))).isEqualTo(expectedSummary);
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.filter(AtomicFiles::isTemporary)).isEmpty();
        }
        assertThat(out.resolve(OutputFolder.MARKER)).exists();
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
        bytesCompared += series.length + Files.size(out.resolve("summary.json"));
        killsSurvived++;
    }

    /** summary.json without run_time_ms, the one field that depends on the machine. */
    static JsonNode withoutRunTime(Path summary) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(summary.toFile());
        node.remove("run_time_ms");
        return node;
    }
}
