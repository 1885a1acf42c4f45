package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepShardTest {
    @TempDir
    Path dir;

    private List<String> sweep(Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("sweep", Cli.tinyFile(dir, "tiny").toString(),
                "--vary", "treatments[0].dose_mg_per_kg=0.25:1:4", "--seeds", "2",
                "--chart-size", "800x450", "--threads", "1", "--quiet", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void threeShardsRunAsSeparateProcessesMergeIntoTheUnshardedSweepByteForByte()
            throws Exception {
        Path whole = dir.resolve("whole");
        Cli.Outcome unsharded = Cli.run(sweep(whole).toArray(String[]::new));
        assertThat(unsharded.exit()).as(unsharded.err()).isZero();
        List<Process> jobs = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            File err = dir.resolve("err-" + k + ".txt").toFile();
            jobs.add(ChildCommand.start(err, sweep(dir.resolve("shard-" + k), "--shard", k + "/3")
                    .toArray(String[]::new)));
        }
        for (Process job : jobs) {
            assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(job.exitValue()).isZero();
        }
        assertThat(Files.list(dir.resolve("shard-2").resolve("runs")).count()).isEqualTo(3);
        Path merged = dir.resolve("merged");
        Cli.Outcome merge = Cli.run("sweep-merge", dir.resolve("shard-1").toString(),
                dir.resolve("shard-3").toString(), dir.resolve("shard-2").toString(),
                "--chart-size", "800x450", "--out", merged.toString());
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("8 runs (4 settings x 2 seeds) of tiny, merged from 3");
        List<Path> files = filesOf(whole);
        assertThat(files).contains(Path.of("runs.csv"), Path.of("settings.csv"),
                Path.of("summary.json"), Path.of("datapackage.json"), Path.of("runs/0008.json"))
                .anyMatch(f -> f.toString().endsWith(".png"));
        assertThat(filesOf(merged)).isEqualTo(files);
        for (Path f : files) {
            if (!f.toString().equals(OutputFolder.MARKER)) {
                assertThat(Files.readAllBytes(merged.resolve(f))).as(f.toString())
                        .isEqualTo(Files.readAllBytes(whole.resolve(f)));
            }
        }
    }

    @Test
    void aMergeWithAMissingOrIncompleteShardIsRefused() throws Exception {
        for (int k = 1; k <= 2; k++) {
            Cli.Outcome o = Cli.run(sweep(dir.resolve("s" + k), "--shard", k + "/3",
                    "--no-charts").toArray(String[]::new));
            assertThat(o.exit()).as(o.err()).isZero();
        }
        Cli.Outcome missing = Cli.run("sweep-merge", dir.resolve("s1").toString(),
                dir.resolve("s2").toString(), "--out", dir.resolve("m").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("shard 3/3 is missing");
        Cli.Outcome twice = Cli.run("sweep-merge", dir.resolve("s1").toString(),
                dir.resolve("s1").toString(), "--out", dir.resolve("m").toString());
        assertThat(twice.err()).contains("shard 1/3 is given twice");
        Cli.Outcome notAShard = Cli.run("sweep-merge", dir.toString(), "--out",
                dir.resolve("m").toString());
        assertThat(notAShard.err()).contains("is not a shard of a sweep");
    }

    @Test
    void aShardOfAnotherSweepIsNotMixedIn() throws Exception {
        Cli.Outcome a = Cli.run(sweep(dir.resolve("a"), "--shard", "1/2", "--no-charts")
                .toArray(String[]::new));
        List<String> other = sweep(dir.resolve("b"), "--shard", "2/2", "--no-charts");
        other.set(other.indexOf("2"), "3");
        Cli.Outcome b = Cli.run(other.toArray(String[]::new));
        assertThat(a.exit()).isZero();
        assertThat(b.exit()).isZero();
        Cli.Outcome merge = Cli.run("sweep-merge", dir.resolve("a").toString(),
                dir.resolve("b").toString(), "--out", dir.resolve("m").toString());
        assertThat(merge.exit()).isEqualTo(2);
        assertThat(merge.err()).contains("is a shard of another sweep");
    }

    @Test
    void aMalformedShardIsBadUsage() throws Exception {
        Cli.Outcome o = Cli.run(sweep(dir.resolve("x"), "--shard", "4/3")
                .toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("--shard must be K/N with 1 <= K <= N, was 4/3");
    }

    private static List<Path> filesOf(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
