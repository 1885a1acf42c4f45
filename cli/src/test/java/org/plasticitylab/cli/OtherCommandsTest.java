package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
    @TempDir
    Path dir;

    @Test
    void validateSaysValid() throws Exception {
        Path file = Cli.tinyFile(dir, "tiny");
        Cli.Outcome o = Cli.run("validate", file.toString());
        assertThat(o.exit()).isZero();
        assertThat(o.out()).isEqualTo(file + ": valid\n");
    }

    @Test
    void validateListsEveryProblemWithLineColumnAndPath() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.yaml"), """
                name: broken
                dayz: 84
                treatments:
                  - {type: nmda-block, dose_mg_per_kg: -0.5, days: [42]}
                """);
        Cli.Outcome o = Cli.run("validate", file.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: " + file + ": 2 problems\n"
                + "  " + file + ":2:1: dayz: unknown key \"dayz\"; did you mean \"days\"?\n"
                + "  " + file + ":4:24: treatments[0].dose_mg_per_kg: must be > 0 and finite,"
                + " was -0.5\n");
    }

    @Test
    void validateOfAMissingFileIsBadInput() {
        assertThat(Cli.run("validate", dir.resolve("none.yaml").toString()).exit()).isEqualTo(2);
    }

    @Test
    void explainTellsTheStoryAndEndsWithTheDisclaimer() throws Exception {
        Cli.Outcome o = Cli.run("explain", Cli.tinyFile(dir, "tiny").toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("Stress of 0.8 starts on day 0", "Dose 1: 0.5 mg/kg",
                "Plasticity was", "Recovery, read on the daily mood index",
                "Without the therapy f would be", "Without the drugs f would be",
                "against the healthy baseline")
                .endsWith("Toy model for teaching - not medical advice.\n");
    }

    @Test
    void explainCanSkipTheCounterfactualRuns() throws Exception {
        Cli.Outcome o = Cli.run("explain", Cli.tinyFile(dir, "tiny").toString(),
                "--no-counterfactual");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("Plasticity was").doesNotContain("would be");
    }

    @Test
    void explainAsJsonForTools() throws Exception {
        Cli.Outcome o = Cli.run("explain", Cli.tinyFile(dir, "tiny").toString(), "--json");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("\"findings\"", "\"topic\" : \"dose\"",
                "\"peak_occupancy\"", "\"half_life_days\"",
                "\"difference_course_without_therapy\"", "\"disclaimer\" : \"Toy model");
    }

    @Test
    void explainAsJsonGivesTheStoryNumbersWithNullWhereOneDoesNotApply() throws Exception {
        Cli.Outcome o = Cli.run("explain", Cli.tinyFile(dir, "tiny").toString(), "--json");
        assertThat(o.exit()).isZero();
        // four days are too few for seven daily probes below 0.5: no relapse in any run
        assertThat(o.out()).contains("\"topic\" : \"recovery\"", "\"response_day\"",
                "\"peak_improvement\"", "\"days_improved\"", "\"relapse_day\" : null",
                "\"days_to_relapse\" : null", "\"improvement_end_of_course\"",
                "\"improvement_course_without_drugs\"", "\"relapse_day_without_therapy\" : null")
                .doesNotContain("NaN");
    }

    @Test
    void compareShowsRunsSideBySide() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Outcome o = Cli.run("compare", Cli.tinyFile(dir, "first").toString(),
                Cli.tinyFile(dir, "second").toString(), "--seed", "3", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("first", "second", "response (f >= 0.5)",
                "days to relapse", "density_end", "not medical advice");
        assertThat(o.out().indexOf("improvement, end of run"))
                .isLessThan(o.out().indexOf("density_end"));
        assertThat(Files.readAllLines(out.resolve("comparison.csv"))).hasSize(3)
                .first().asString().startsWith("scenario,seed,days,neurons,peak_plasticity,")
                .endsWith(",improvement_end_of_course,improvement_end,responded");
    }

    @Test
    void compareCsvLeavesOutcomesThatDoNotApplyEmpty() throws Exception {
        Path out = dir.resolve("cmp-empty");
        assertThat(Cli.run("compare", Cli.tinyFile(dir, "first").toString(),
                Cli.tinyFile(dir, "second").toString(), "--out", out.toString(), "--quiet",
                "--no-charts").exit()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        int relapse = List.of(lines.get(0).split(",")).indexOf("relapse_day");
        assertThat(lines.get(1).split(",", -1)[relapse]).isEmpty();
    }

    @Test
    void compareNeedsTwoScenarios() {
        assertThat(Cli.run("compare", "healthy").exit()).isEqualTo(2);
    }
}
