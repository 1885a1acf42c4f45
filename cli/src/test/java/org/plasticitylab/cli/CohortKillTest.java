package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.files.AtomicFiles;

/**
 * A real {@code plasticity cohort} process stopped by Ctrl-C: it exits 130, keeps the patients
 * that finished (each file whole), writes no tables, and the same command then completes to
 * the files of an uninterrupted cohort.
 */
class CohortKillTest {
    private static final String SCENARIO = """
            name: kill-cohort
            days: 20
            burn_in_days: 1
            network: {neurons: 120, candidate_synapses_per_neuron: 30}
            stress: [{from_day: 0, to_day: 20, level: 0.8}]
            treatments: [{type: nmda-block, days: [5, 7, 9]}]
            """;
    private static final String PATIENTS = "40";

    @TempDir
    Path dir;

    @Test
    void ctrlCKeepsTheFinishedPatientsAndTheSameCommandCompletes() throws Exception {
        Path scenario = Files.writeString(dir.resolve("kill-cohort.yaml"), SCENARIO);
        Path stopped = dir.resolve("stopped");
        List<String> command = new ArrayList<>(KillTest.defaultSigint());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), PlasticityCommand.class.getName(),
                "cohort", scenario.toString(), "--patients", PATIENTS, "--threads", "1", "--out",
                stopped.toString(), "--no-charts", "-q"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stopped.err").toFile()).start();
        Path second = stopped.resolve("patients").resolve("0002.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(second) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.isAlive()).as("still running after two patients").isTrue();
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor())
                .isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);

        assertThat(stopped.resolve("patients.csv")).doesNotExist();
        assertThat(stopped.resolve("cohort.json")).doesNotExist();
        List<Path> kept;
        try (Stream<Path> files = Files.list(stopped.resolve("patients"))) {
            kept = files.toList();
        }
        assertThat(kept.size()).isBetween(2, Integer.parseInt(PATIENTS) - 1);
        for (Path f : kept) {
            assertThat(AtomicFiles.isTemporary(f)).as("temporary file %s", f).isFalse();
            assertThat(new ObjectMapper().readTree(f.toFile()).path("recovery").isObject())
                    .isTrue();
        }

        Cli.Outcome resumed = Cli.run("cohort", scenario.toString(), "--patients", PATIENTS,
                "--out", stopped.toString(), "--no-charts", "-q");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        Path whole = dir.resolve("whole");
        Cli.Outcome uninterrupted = Cli.run("cohort", scenario.toString(), "--patients",
                PATIENTS, "--out", whole.toString(), "--no-charts", "-q");
        assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
        for (String f : List.of("patients.csv", "cohort.json")) {
            assertThat(stopped.resolve(f)).hasSameTextualContentAs(whole.resolve(f));
        }
    }
}
