package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 16: valid input that does not do what the user thinks says so. */
class ScenarioNotesTest {
    @TempDir
    Path dir;

    @Test
    void daysPastTheScenariosEndSayItsEventsStayWhereTheyWere() {
        Cli.Outcome o = Cli.run("explain", "chronic-stress", "--days", "90", "--neurons", "200",
                "--no-counterfactual");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.err()).contains("note: --days 90 runs past the 84 days of chronic-stress;"
                + " its stress, treatments and therapy still end where they did");
        assertThat(Cli.run("explain", "chronic-stress", "--days", "20", "--neurons", "200",
                "--no-counterfactual").err()).doesNotContain("note:");
    }

    @Test
    void aDoseFarAboveTheModelsRangeIsWarnedOf() throws Exception {
        Path file = Files.writeString(dir.resolve("big.yaml"), Cli.TINY.replace(
                "{type: nmda-block, days: [1]}", "{type: nmda-block, dose_mg_per_kg: 50,"
                        + " days: [1]}"));
        Cli.Outcome o = Cli.run("validate", file.toString());
        assertThat(o.exit()).isZero();
        assertThat(o.err()).startsWith("warning: treatments[0].dose_mg_per_kg 50 is far above"
                + " what the toy model was made for");
    }

    @Test
    void aNameTooLongForAFolderIsRefusedByValidate() throws Exception {
        Path file = Files.writeString(dir.resolve("long.yaml"), Cli.TINY.replace("name: tiny",
                "name: " + "n".repeat(300)));
        Cli.Outcome o = Cli.run("validate", file.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("name: must be at most 100 letters, digits");
    }
}
