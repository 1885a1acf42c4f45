package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, items 1-3: what a command may write over, and how a folder says it is whole. */
class OutputDisciplineTest {
    @TempDir
    Path dir;

    private Cli.Outcome run(Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", Cli.tinyFile(dir, "tiny").toString(),
                "--out", out.toString(), "--no-charts", "-q"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void reportDoesNotReplaceAUsersFileWithoutForce() throws Exception {
        Path precious = Files.writeString(dir.resolve("v.txt"), "precious\n");
        Cli.Outcome o = Cli.run("report", Cli.tinyFile(dir, "tiny").toString(), "--out",
                precious.toString(), "-q");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: " + precious + " already exists; use --force to"
                + " replace it, or another --out\n");
        assertThat(Files.readString(precious)).isEqualTo("precious\n");

        Cli.Outcome forced = Cli.run("report", Cli.tinyFile(dir, "tiny").toString(), "--out",
                precious.toString(), "-q", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readString(precious)).startsWith("<!DOCTYPE html>");
        assertThat(dir.resolve(".v.txt.lock")).doesNotExist();
    }

    @Test
    void reportNeverWritesOverADeviceOrAPipeEvenWithForce() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        for (Path target : List.of(fifo, Path.of("/dev/null"))) {
            Cli.Outcome o = Cli.run("report", Cli.tinyFile(dir, "tiny").toString(), "--out",
                    target.toString(), "-q", "--force");
            assertThat(o.exit()).isEqualTo(2);
            assertThat(o.err()).contains(target + " is not a regular file");
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void reportInstructionsRepeatTheCommandOnce() throws Exception {
        Path report = dir.resolve("r.html");
        Cli.Outcome o = Cli.run("report", Cli.tinyFile(dir, "tiny").toString(), "--out",
                report.toString(), "-q");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(Files.readString(report)).contains("plasticity report " + dir
                .resolve("tiny.yaml") + " --out " + report).doesNotContain("report report");
    }

    @Test
    void aSecondCommandIntoAFolderInUseIsRefusedNamingTheFirst() throws Exception {
        Path out = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(out.resolve(OutputFolder.LOCK), OutputLock.content(
                ProcessHandle.current(), "plasticity run chronic-stress --out busy"));
        Cli.Outcome o = run(out, "--force");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: another plasticity process (pid "
                + ProcessHandle.current().pid() + ": plasticity run chronic-stress --out busy)"
                + " is writing into " + out + "; wait for it to finish, or use another --out\n");
        assertThat(out.resolve("timeseries.csv")).doesNotExist();
    }

    @Test
    void theLockOfAKilledProcessIsTakenOverAndNamedAsTheCauseOfLeftFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("killed"));
        Files.writeString(out.resolve("summary.json"), "{}");
        Files.writeString(out.resolve(OutputFolder.LOCK),
                "pid=999999999\nstarted=2020-01-01T00:00:00Z\ncommand=plasticity run x\n");
        Cli.Outcome o = run(out);
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("already holds files (left incomplete by pid 999999999:"
                + " plasticity run x)");
        Cli.Outcome forced = run(out, "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
    }

    @Test
    void aFinishedRunEndsWithAMarkerListingItsFilesAndSummaryLast() throws Exception {
        Path out = dir.resolve("done");
        assertThat(run(out).exit()).isZero();
        JsonNode marker = new ObjectMapper().readTree(out.resolve(OutputFolder.MARKER).toFile());
        List<String> files = new ArrayList<>();
        marker.get("files").forEach(f -> files.add(f.asText()));
        assertThat(files).containsExactly("timeseries.csv", "datapackage.json", "scenario.yaml",
                "summary.json");
        assertThat(marker.get("command").asText()).startsWith("plasticity run ");
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
    }

    @Test
    void aForcedRewriteRemovesTheMarkerBeforeWritingAnything() throws Exception {
        Path out = dir.resolve("again");
        assertThat(run(out).exit()).isZero();
        try (OutputFolder claimed = OutputFolder.claim(out, true, false, "test")) {
            assertThat(claimed.dir().resolve(OutputFolder.MARKER)).doesNotExist();
            assertThat(claimed.dir().resolve(OutputFolder.LOCK)).exists();
        }
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
    }

    @Test
    void compareAndSweepLockAndMarkTheirFoldersToo() throws Exception {
        Path cmp = dir.resolve("cmp");
        assertThat(Cli.run("compare", Cli.tinyFile(dir, "a").toString(), Cli.tinyFile(dir, "b")
                .toString(), "--out", cmp.toString(), "--no-charts", "-q").exit()).isZero();
        Path sweep = dir.resolve("sweep");
        assertThat(Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.2:0.8:2", "--seeds", "1", "--out", sweep.toString(),
                "--no-charts", "-q").exit()).isZero();
        for (Path out : List.of(cmp, sweep)) {
            assertThat(out.resolve(OutputFolder.MARKER)).exists();
            assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
        }
        assertThat(Cli.run("compare", Cli.tinyFile(dir, "a").toString(), Cli.tinyFile(dir, "b")
                .toString(), "--out", cmp.toString(), "--no-charts", "-q").exit()).isEqualTo(2);
    }

    @Test
    void aRepeatedVaryKeyIsRefused() throws Exception {
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "treatments[0].dose_mg_per_kg=0.25:0.5:2", "--vary",
                "treatments[0].dose_mg_per_kg=1:1:1", "--out", dir.resolve("s").toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: --vary names treatments[0].dose_mg_per_kg twice;"
                + " vary each key once (give all its values in one FROM:TO:STEPS)\n");
        assertThat(dir.resolve("s")).doesNotExist();
    }
}
