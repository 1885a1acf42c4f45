package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep stopped part way continues in the same folder without redoing finished runs. */
class SweepResumeTest {
    private static final List<String> FILES = List.of("runs.csv", "settings.csv",
            "summary.json");

    @TempDir
    Path dir;

    private Cli.Outcome sweep(Path out, String seeds) throws Exception {
        return Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.2:0.8:2", "--seeds", seeds, "--threads", "2", "--out",
                out.toString(), "--no-charts");
    }

    @Test
    void anInterruptedSweepResumesToTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        Path stopped = dir.resolve("stopped");
        assertThat(sweep(whole, "2").exit()).isZero();
        assertThat(sweep(stopped, "2").exit()).isZero();
        // What Ctrl-C leaves: some run files, no tables, an incomplete summary.
        for (String f : FILES) {
            Files.delete(stopped.resolve(f));
        }
        Files.delete(stopped.resolve("runs/0002.json"));
        Files.delete(stopped.resolve("runs/0004.json"));
        Path before = stopped.resolve("runs/0001.json");
        long saved = Files.getLastModifiedTime(before).toMillis();

        Cli.Outcome again = sweep(stopped, "2");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("2 already done");
        assertThat(Files.getLastModifiedTime(before).toMillis()).isEqualTo(saved);
        for (String f : FILES) {
            assertThat(Files.readString(stopped.resolve(f)))
                    .isEqualTo(Files.readString(whole.resolve(f)));
        }
        try (Stream<Path> runs = Files.list(stopped.resolve("runs"))) {
            assertThat(runs).hasSize(4);
        }
    }

    @Test
    void anotherSweepIntoTheFolderIsRefusedUnlessForced() throws Exception {
        Path out = dir.resolve("s");
        assertThat(sweep(out, "2").exit()).isZero();
        Cli.Outcome other = sweep(out, "3");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("is a run of a different sweep", "--force");
        assertThat(sweep(out, "3").exit()).isEqualTo(2);
        Cli.Outcome forced = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.2:0.8:2", "--seeds", "1", "--out", out.toString(),
                "--no-charts", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertThat(runs).hasSize(2);
        }
    }

    @Test
    void aFolderOfOtherFilesIsNotASweepToContinue() throws Exception {
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/notes.txt"), "mine");
        Cli.Outcome o = sweep(dir.resolve("busy"), "1");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("already holds files");
    }

    @Test
    void absurdThreadCountsAreRefused() throws Exception {
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.2:0.8:2", "--threads", "100000", "--out",
                dir.resolve("t").toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: --threads must be in [1, 256], was 100000\n");
    }
}
