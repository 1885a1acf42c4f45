package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plasticity cohort}: its files, refusing folders, and continuing an interrupted cohort. */
class CohortCommandTest {
    private static final List<String> FILES = List.of("patients.csv", "cohort.json");
    private static final String HEADER = "patient,seed,responded,response_day,relapse_day,"
            + "days_to_relapse,clearance_l_per_h_per_kg,central_volume_l_per_kg,ic50_mg_per_l,"
            + "stress_sensitivity,positive_base,bdnf_met_carrier";

    @TempDir
    Path dir;

    /** A cohort of 4 tiny patients on 2 threads; {@code more} adds or replaces options. */
    private Cli.Outcome cohort(Path out, String... more) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--patients", "4",
                "--threads", "2", "--out", out.toString()));
        List<String> flags = new ArrayList<>(List.of("--no-charts"));
        for (int i = 0; i < more.length; i++) {
            if (more[i].equals("--force")) {
                flags.add(more[i]);
            } else {
                options.put(more[i], more[++i]);
            }
        }
        List<String> args = new ArrayList<>(List.of("cohort", Cli.tinyFile(dir, "tiny")
                .toString()));
        options.forEach((k, v) -> args.addAll(List.of(k, v)));
        args.addAll(flags);
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void writesOneRowPerPatientAndTheCohortFigures() throws Exception {
        Path out = dir.resolve("c");
        Cli.Outcome o = cohort(out);
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("response rate", "median days to relapse",
                "relapsed fraction", "patients.csv", "Toy model for teaching - not medical advice.");
        List<String> lines = Files.readAllLines(out.resolve("patients.csv"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            assertThat(cells).hasSize(12);
            assertThat(cells[0]).isEqualTo(Integer.toString(i));
            assertThat(cells[1]).matches("\\d+");
            assertThat(cells[2]).isIn("true", "false");
            assertThat(cells[3]).matches(cells[2].equals("true") ? "\\d+" : "");
            assertThat(cells[4].isEmpty()).as("relapse day and days to relapse both empty or not")
                    .isEqualTo(cells[5].isEmpty());
            assertThat(cells[4]).matches("\\d*");
            assertThat(Double.parseDouble(cells[6])).isPositive();
            assertThat(cells[11]).isIn("0", "1");
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());
        assertThat(json.path("patients").asInt()).isEqualTo(4);
        assertThat(json.path("response_rate").isNumber()).isTrue();
        assertThat(json.has("median_days_to_relapse")).isTrue();
        assertThat(json.path("relapsed_fraction").isNumber()).isTrue();
        assertThat(json.path("parameters").path("clearance_l_per_h_per_kg").path("law").asText())
                .isEqualTo("log-normal");
        assertThat(json.path("parameters").path("stress_sensitivity").path("cv").asDouble())
                .isEqualTo(0.2);
        JsonNode genotype = json.path("parameters").path("bdnf_met_carrier");
        assertThat(genotype.path("law").asText()).isEqualTo("bernoulli");
        assertThat(genotype.path("p").asDouble()).isEqualTo(0.3);
        assertThat(genotype.path("met_boost_factor").asDouble()).isZero();
    }

    @Test
    void theSameCohortWithAnyThreadsWritesTheSameFiles() throws Exception {
        assertThat(cohort(dir.resolve("one"), "--threads", "1").exit()).isZero();
        assertThat(cohort(dir.resolve("three"), "--threads", "3").exit()).isZero();
        for (String f : FILES) {
            assertThat(dir.resolve("three").resolve(f)).hasSameTextualContentAs(
                    dir.resolve("one").resolve(f));
        }
    }

    @Test
    void severalScenariosGetAFolderEachAndAnOverlay() throws Exception {
        Path out = dir.resolve("two");
        Cli.Outcome o = Cli.run("cohort", Cli.tinyFile(dir, "a").toString(),
                Cli.tinyFile(dir, "b").toString(), "--patients", "2", "--out", out.toString(),
                "--chart-size", "800x450");
        assertThat(o.exit()).as(o.err()).isZero();
        for (String name : List.of("a", "b")) {
            for (String f : List.of("patients.csv", "cohort.json", "kaplan-meier.png",
                    "kaplan-meier.svg", "outcomes.png", "outcomes.svg")) {
                assertThat(out.resolve(name).resolve(f)).isNotEmptyFile();
            }
        }
        assertThat(out.resolve("compare-kaplan-meier.png")).isNotEmptyFile();
        assertThat(out.resolve("compare-kaplan-meier.svg")).isNotEmptyFile();
    }

    @Test
    void anInterruptedCohortResumesToTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        Path stopped = dir.resolve("stopped");
        assertThat(cohort(whole).exit()).isZero();
        assertThat(cohort(stopped).exit()).isZero();
        // What Ctrl-C leaves: some patient files, one cut short by a kill, no tables.
        for (String f : FILES) {
            Files.delete(stopped.resolve(f));
        }
        Files.delete(stopped.resolve("patients/0002.json"));
        Files.writeString(stopped.resolve("patients/0004.json"), "{\"patient\": 4, \"seed\"");
        Path before = stopped.resolve("patients/0001.json");
        long saved = Files.getLastModifiedTime(before).toMillis();

        Cli.Outcome again = cohort(stopped);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.getLastModifiedTime(before).toMillis()).isEqualTo(saved);
        for (String f : FILES) {
            assertThat(stopped.resolve(f)).hasSameTextualContentAs(whole.resolve(f));
        }
        try (Stream<Path> patients = Files.list(stopped.resolve("patients"))) {
            assertThat(patients).hasSize(4);
        }
    }

    @Test
    void anotherCohortIntoTheFolderIsRefusedUnlessForced() throws Exception {
        Path out = dir.resolve("c");
        assertThat(cohort(out).exit()).isZero();
        Cli.Outcome other = cohort(out, "--seed", "5");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("is a patient of a different cohort", "--force");
        Cli.Outcome forced = cohort(out, "--seed", "5", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(new ObjectMapper().readTree(out.resolve("cohort.json").toFile())
                .path("base_seed").asLong()).isEqualTo(5);
    }

    @Test
    void aFolderOfOtherFilesNeedsForce() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Cli.Outcome o = cohort(busy);
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("already holds files");
        assertThat(cohort(busy, "--force").exit()).isZero();
        assertThat(busy.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void badCountsAreRefused() throws Exception {
        Cli.Outcome none = cohort(dir.resolve("x"), "--patients", "0");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: --patients must be in [1, 100000], was 0\n");
        assertThat(Cli.run("cohort", "ketamine-series").exit()).isEqualTo(2);
        Cli.Outcome same = Cli.run("cohort", "healthy", "healthy", "--patients", "2");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("different names");
    }
}
