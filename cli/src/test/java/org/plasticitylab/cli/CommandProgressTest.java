package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every long command writes on stderr while it works, on a clock that moves a second at
 * each look so that the tiny scenario takes "long enough" to show progress.
 */
class CommandProgressTest {
    @TempDir
    Path dir;

    private Cli.Outcome run(String command, boolean terminal, String... more) throws Exception {
        AtomicLong now = new AtomicLong();
        List<String> args = new ArrayList<>(List.of(command, Cli.tinyFile(dir, "tiny")
                .toString()));
        switch (command) {
            case "compare" -> args.add(Cli.tinyFile(dir, "other").toString());
            case "sweep" -> args.addAll(List.of("--vary", "stress[0].level=0.2:0.8:4"));
            case "cohort" -> args.addAll(List.of("--patients", "6", "--no-charts"));
            default -> {
            }
        }
        if (!command.equals("explain")) {
            args.addAll(List.of("--force", "--out", dir.resolve("out" + (command.equals("report")
                    ? ".html" : "")).toString()));
        }
        args.addAll(List.of(more));
        Progress.useInTests(new Progress.Setting(terminal, () -> now.addAndGet(1_000_000_000L)));
        return Cli.run(args.toArray(String[]::new));
    }

    @AfterEach
    void realProgressAgain() {
        Progress.useReal();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "cohort", "compare", "explain", "report"})
    void withoutATerminalProgressIsPlainLinesNamingTheCommand(String command) throws Exception {
        Cli.Outcome o = run(command, false);
        assertThat(o.exit()).isZero();
        List<String> progress = o.err().lines().filter(l -> l.startsWith(command + " "))
                .toList();
        assertThat(progress).isNotEmpty().allMatch(l -> l.matches(
                "\\Q" + command + " \\E[a-z0-9 ]+: .+ \\(\\d+ %\\)(, \\d+:\\d\\d left)?"));
        assertThat(o.err()).doesNotContain("\r", "\u001b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "cohort", "compare", "explain", "report"})
    void onATerminalTheBarIsRedrawnAndClearedWithoutEscapeCodes(String command)
            throws Exception {
        Cli.Outcome o = run(command, true);
        assertThat(o.exit()).isZero();
        assertThat(o.err()).contains("\r" + command + " ", "] ", " %")
                .doesNotContain("\u001b");
        // Each bar is wiped before anything else is written.
        String afterLastBar = o.err().substring(o.err().lastIndexOf('\r') + 1);
        assertThat(afterLastBar).doesNotContain("[#", "[.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "cohort", "compare", "explain", "report"})
    void quietSilencesProgressInBothModes(String command) throws Exception {
        for (boolean terminal : new boolean[] {false, true}) {
            Cli.Outcome o = run(command, terminal, "--quiet");
            assertThat(o.exit()).isZero();
            assertThat(o.err()).isEmpty();
        }
    }
}
