package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;

class RunCommandTest {
    /** MODEL.md's columns in its order; new columns may only follow them. */
    private static final String MODEL_COLUMNS = "time_h,day,stress,therapy,drug_mg_per_l,"
            + "nmda_occupancy,plasticity,synapse_count,synapse_density,density_executive,"
            + "density_mood,density_reward,density_memory,mean_weight,activity,positive_recall,"
            + "negative_recall,mood_index";
    private static final String HEADER = MODEL_COLUMNS
            + ",effective_stress,coping,engagement,rumination,trapped_block";

    @TempDir
    Path dir;

    @Test
    void writesTheSeriesTheSummaryAndWhatRan() throws Exception {
        Path out = dir.resolve("out");
        Cli.Outcome o = Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(csv.get(0)).isEqualTo(HEADER);
        assertThat(csv).hasSize(1 + 4 * 24 * 4 + 1);
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"completed\" : true", "\"seed\" : 42",
                "\"peak_plasticity\"", "\"disclaimer\" : \"Toy model for teaching - not medical"
                        + " advice.\"");
        Scenario ran = ScenarioFiles.read(out.resolve("scenario.yaml"));
        assertThat(ran).isEqualTo(ScenarioFiles.read(dir.resolve("tiny.yaml")));
        assertThat(o.out()).contains("synapse density", "mood index",
                "Toy model for teaching - not medical advice.", "timeseries.csv");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void csvUsesPointDecimalsWhateverTheLocale() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path out = dir.resolve("de");
            assertThat(Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                    out.toString(), "--quiet").exit()).isZero();
            String row = Files.readAllLines(out.resolve("timeseries.csv")).get(1);
            assertThat(row).startsWith("0.0,0.0,0.8,").doesNotContain(";");
            assertThat(row.split(",")).hasSize(HEADER.split(",").length);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void overridesAreRecordedInScenarioYaml() throws Exception {
        Path out = dir.resolve("o");
        Cli.Outcome o = Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                out.toString(), "--days", "2", "--seed", "7", "--dt-hours", "0.5", "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).isEmpty();
        Scenario ran = ScenarioFiles.read(out.resolve("scenario.yaml"));
        assertThat(ran.days()).isEqualTo(2);
        assertThat(ran.seed()).isEqualTo(7);
        assertThat(ran.dtHours()).isEqualTo(0.5);
        assertThat(ran.therapy()).isEmpty();
    }

    @Test
    void jsonFormatWritesTheSeriesAsColumns() throws Exception {
        Path out = dir.resolve("j");
        assertThat(Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out", out.toString(),
                "--format", "json", "--quiet").exit()).isZero();
        assertThat(Files.readString(out.resolve("timeseries.json")).substring(0, 50))
                .startsWith("{\"rows\":385,\"columns\":{\"time_h\":[0.0,0.25,");
        assertThat(out.resolve("timeseries.csv")).doesNotExist();
    }

    @Test
    void badOptionValuesAreOneLineAndExit2() throws Exception {
        String file = Cli.tinyFile(dir, "tiny").toString();
        Cli.Outcome neurons = Cli.run("run", file, "--neurons", "82", "--out", dir.toString());
        assertThat(neurons.exit()).isEqualTo(2);
        assertThat(neurons.err()).isEqualTo("error: invalid option value: neurons must be a"
                + " multiple of 4 (four equal regions), was 82\n");
        assertThat(Cli.run("run", file, "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void absurdSizesAreRefusedBeforeRunning() {
        Cli.Outcome o = Cli.run("run", "healthy", "--neurons", "12000000", "--out",
                dir.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("needs about", "this Java VM may use");
    }

    @Test
    void theShownPresetReproducesThePresetBitForBit() throws Exception {
        Path shown = Files.writeString(dir.resolve("healthy.yaml"),
                Cli.run("show", "healthy").out());
        assertThat(ScenarioFiles.read(shown)).isEqualTo(Presets.get("healthy"));
        assertThat(Cli.run("run", "healthy", "--days", "1", "--out", dir.resolve("a").toString(),
                "-q").exit()).isZero();
        assertThat(Cli.run("run", shown.toString(), "--days", "1", "--out",
                dir.resolve("b").toString(), "-q").exit()).isZero();
        assertThat(Files.readString(dir.resolve("b/timeseries.csv")))
                .isEqualTo(Files.readString(dir.resolve("a/timeseries.csv")));
    }
}
