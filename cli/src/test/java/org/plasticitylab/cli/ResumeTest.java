package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checkpoint round trips through the command line, and checkpoints that must be refused. */
class ResumeTest {
    private static long bytesCompared;

    @TempDir
    Path dir;

    @AfterAll
    static void report() {
        System.out.println("ResumeTest: " + bytesCompared + " bytes compared with uninterrupted"
                + " runs");
    }

    private Cli.Outcome run(String... extra) throws IOException {
        String[] args = new String[extra.length + 4];
        args[0] = "run";
        args[1] = Cli.tinyFile(dir, "tiny").toString();
        args[2] = "-q";
        args[3] = "--no-charts";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.run(args);
    }

    @ParameterizedTest(name = "seed {0}, resumed on day {1}")
    @CsvSource({"1, 1", "1, 3", "7, 2", "42, 4"})
    void aResumedRunWritesTheBytesOfAnUninterruptedOne(String seed, int day) throws Exception {
        Path whole = dir.resolve("whole");
        Path saved = dir.resolve("saved");
        Path resumed = dir.resolve("resumed");
        assertThat(run("--seed", seed, "--out", whole.toString()).exit()).isZero();
        assertThat(run("--seed", seed, "--out", saved.toString(), "--checkpoint-every", "1")
                .exit()).isZero();
        assertThat(Files.readString(saved.resolve("timeseries.csv")))
                .isEqualTo(Files.readString(whole.resolve("timeseries.csv")));
        Path checkpoint = saved.resolve("checkpoints").resolve(PeriodicCheckpoints.fileName(day));
        Cli.Outcome o = run("--seed", seed, "--resume", checkpoint.toString(), "--out",
                resumed.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        byte[] series = Files.readAllBytes(resumed.resolve("timeseries.csv"));
        assertThat(series).isEqualTo(Files.readAllBytes(whole.resolve("timeseries.csv")));
        assertThat(KillTest.withoutRunTime(resumed.resolve("summary.json")))
                .isEqualTo(KillTest.withoutRunTime(whole.resolve("summary.json")));
        assertThat(Files.readString(resumed.resolve("scenario.yaml")))
                .isEqualTo(Files.readString(whole.resolve("scenario.yaml")));
        bytesCompared += series.length;
    }

    @Test
    void checkpointsAreNamedByDayEveryNDays() throws Exception {
        Path out = dir.resolve("o");
        assertThat(run("--out", out.toString(), "--checkpoint-every", "2").exit()).isZero();
        try (var files = Files.list(out.resolve("checkpoints"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("day-002.ckpt", "day-004.ckpt");
        }
    }

    @Test
    void aCheckpointOfOtherOptionsIsRefusedInOneLine() throws Exception {
        Path out = dir.resolve("o");
        run("--out", out.toString(), "--checkpoint-every", "1");
        Cli.Outcome o = run("--seed", "9", "--resume",
                out.resolve("checkpoints/day-001.ckpt").toString(), "--out", out.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).startsWith("error: cannot resume: ")
                .contains("different scenario", "--seed").endsWith("\n")
                .hasLineCount(1);
    }

    @Test
    void aCorruptedOrMissingCheckpointIsRefused() throws Exception {
        Path out = dir.resolve("o");
        run("--out", out.toString(), "--checkpoint-every", "1");
        Path ckpt = out.resolve("checkpoints/day-001.ckpt");
        byte[] bytes = Files.readAllBytes(ckpt);
        bytes[bytes.length / 2] ^= 1;
        Files.write(ckpt, bytes);
        Cli.Outcome corrupted = run("--resume", ckpt.toString(), "--out", out.toString());
        assertThat(corrupted.exit()).isEqualTo(2);
        assertThat(corrupted.err()).contains("corrupted or truncated");
        Cli.Outcome missing = run("--resume", dir.resolve("nope.ckpt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no checkpoint file named");
    }

    @Test
    void aFolderWithFilesIsNotOverwrittenWithoutForce() throws Exception {
        Path out = dir.resolve("o");
        assertThat(run("--out", out.toString()).exit()).isZero();
        Cli.Outcome again = run("--out", out.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: the output folder " + out + " already holds"
                + " files; use --force to write into it anyway, or another --out\n");
        assertThat(run("--out", out.toString(), "--force").exit()).isZero();
        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("--out", dir.resolve("empty").toString()).exit()).isZero();
    }

    @Test
    void tooLittleDiskIsRefusedWithTheFigures() {
        assertThat(DiskSpace.refusal(10L << 20, 1L << 20)).hasValueSatisfying(r -> assertThat(r)
                .contains("need about 10.0 MiB", "only 1.0 MiB is free"));
        assertThat(DiskSpace.refusal(1, 1)).isEmpty();
    }
}
