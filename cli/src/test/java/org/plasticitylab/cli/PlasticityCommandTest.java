package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plasticitylab.scenario.Presets;
import picocli.AutoComplete;

class PlasticityCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutASubcommandShowsUsageAndReportsBadUsage() {
        Cli.Outcome o = Cli.run();
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("Usage: plasticity");
    }

    @Test
    void versionNamesTheProjectVersion() {
        Cli.Outcome o = Cli.run("--version");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).startsWith("plasticity ").doesNotContain("${").contains("not medical");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "run", "compare", "sweep", "sweep-merge", "cohort",
            "explain", "report", "gui", "web", "validate", "generate-completion"})
    void everyCommandHasHelpWithAnExample(String command) {
        Cli.Outcome o = Cli.run(command, "--help");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("Usage: plasticity " + command).contains("Example:");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(Cli.run("run", "healthy", "--colour").exit()).isEqualTo(2);
    }

    @Test
    void listShowsEveryPresetWithItsDescription() {
        Cli.Outcome o = Cli.run("list");
        assertThat(o.exit()).isZero();
        assertThat(o.out().lines()).hasSize(Presets.names().size());
        assertThat(o.out()).contains("ketamine-series-therapy  Six NMDA-block doses");
    }

    @Test
    void showPrintsTheCheckedInPresetFile() throws Exception {
        Cli.Outcome o = Cli.run("show", "healthy");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).isEqualTo(
                Files.readString(Path.of("../core/src/main/resources/presets/healthy.yaml")));
    }

    @Test
    void showOfAnUnknownPresetNamesThePresets() {
        Cli.Outcome o = Cli.run("show", "nope");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().lines()).singleElement().asString().contains("presets are healthy");
    }

    @Test
    void unknownScenarioIsOneLineWithASuggestion() {
        Cli.Outcome o = Cli.run("run", "helthy", "--out", dir.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("error: no preset or file named \"helthy\"; did you mean"
                + " the preset \"healthy\"?\n");
    }

    @Test
    void invalidFilesListEveryProblemAndExitWith2() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"),
                "name: bad\ndays: -1\nseed: x\n");
        Cli.Outcome o = Cli.run("run", file.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).startsWith("error: " + file + ": 2 problems\n")
                .contains(file + ":2:1: days: must be in [0.0, 10000.0], was -1.0")
                .contains(file + ":3:1: seed: must be a number, was the text \"x\"")
                .doesNotContain("Exception");
    }

    @Test
    void generatesABashCompletionScript() {
        Cli.Outcome o = Cli.run("generate-completion");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("complete -F").contains("plasticity")
                .contains("sweep-merge", "--shard");
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneRegisteredOtherwiseAllAre() {
        assertThat(PlasticityCommand.commandLine("run", "healthy").getSubcommands())
                .containsOnlyKeys("run");
        assertThat(PlasticityCommand.commandLine("generate-completion").getSubcommands())
                .containsOnlyKeys("generate-completion");
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"rn", "healthy"}}) {
            assertThat(PlasticityCommand.commandLine(args).getSubcommands()).as(args.length == 0
                    ? "no arguments" : args[0]).containsOnlyKeys("list", "show", "run",
                            "compare", "sweep", "sweep-merge", "cohort", "explain", "report",
                            "gui", "web", "validate", "generate-completion", "benchmark-chart");
        }
    }

    @Test
    void aMisspeltCommandIsBadUsageWithTheFullCommandList() {
        Cli.Outcome o = Cli.run("rn", "healthy");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("Unmatched arguments", "Commands:", "  run ", "  validate ");
    }

    @Test
    void theCompletionScriptCoversEveryCommandThoughOnlyItselfIsRegistered() {
        String script = Cli.run("generate-completion").out();
        assertThat(script).isEqualTo(AutoComplete.bash("plasticity",
                PlasticityCommand.commandLine())).contains("sweep", "--vary", "explain", "--no-counterfactual");
    }

    @Test
    void theCompletionCommandIsNoCommandOfTheListButTheFooterSaysHowToUseIt() {
        String help = Cli.run("--help").out();
        assertThat(help.lines()).noneMatch(l -> l.startsWith("  generate-completion"));
        assertThat(help).endsWith("  source <(plasticity generate-completion)"
                + System.lineSeparator());
    }
}
