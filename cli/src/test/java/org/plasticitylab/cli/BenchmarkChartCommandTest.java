package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plasticity benchmark-chart} hands its arguments to the chart tool and keeps its codes. */
class BenchmarkChartCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = PlasticityCommand.commandLine(args);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void helpPrintsTheToolsUsage() {
        assertThat(run("benchmark-chart", "--help")).isZero();
        assertThat(out.toString()).startsWith("usage: plasticity benchmark-chart [--note TEXT]");
    }

    @Test
    void aMissingResultsFileIsAUsageErrorAndWritesNothing() {
        Path png = dir.resolve("chart.png");
        int code = run("benchmark-chart", "--note", "here", dir.resolve("none.json").toString(),
                png.toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("error: ").contains("none.json");
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void isHiddenFromTheUsageMessage() {
        run("--help");
        assertThat(out.toString()).doesNotContain("benchmark-chart");
    }
}
