package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path dir;

    private Cli.Outcome sweep(Path out, String threads) throws Exception {
        return Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.2:0.8:2", "--vary", "treatments[0].dose_mg_per_kg=0.5:1:2",
                "--seeds", "2", "--threads", threads, "--out", out.toString());
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws Exception {
        Cli.Outcome one = sweep(dir.resolve("one"), "1");
        Cli.Outcome two = sweep(dir.resolve("two"), "2");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).isZero();
        for (String file : List.of("runs.csv", "settings.csv")) {
            assertThat(Files.readString(dir.resolve("two").resolve(file)))
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(file)));
        }
        List<String> runs = Files.readAllLines(dir.resolve("one/runs.csv"));
        assertThat(runs).hasSize(1 + 2 * 2 * 2);
        assertThat(runs.get(0)).startsWith("run,setting,seed,stress_0_level,"
                + "treatments_0_dose_mg_per_kg,peak_plasticity,");
        assertThat(runs.get(1)).startsWith("1,1,1,0.2,0.5,");
        assertThat(runs.get(8)).startsWith("8,4,2,0.8,1,");
        List<String> settings = Files.readAllLines(dir.resolve("one/settings.csv"));
        assertThat(settings).hasSize(1 + 4);
        assertThat(settings.get(0)).contains("peak_plasticity_mean,peak_plasticity_ci95_low,"
                + "peak_plasticity_ci95_high");
        assertThat(one.out()).contains("8 runs (4 settings x 2 seeds)", "not medical advice");
    }

    @Test
    void unknownKeysAreBadInputWithASuggestion() throws Exception {
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].levl=0:1:2", "--out", dir.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("did you mean \"level\"?");
    }

    @Test
    void malformedVariationsAreBadUsage() throws Exception {
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0:1", "--out", dir.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).startsWith("error: --vary must look like KEY=FROM:TO:STEPS");
    }

    @Test
    void valuesThatDoNotFitAreReportedBeforeRunning() throws Exception {
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0.5:1.5:3", "--out", dir.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("stress[0].level: must be in [0.0, 1.0], was 1.5");
    }
}
