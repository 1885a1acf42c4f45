package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that draw: run, compare and sweep charts, the report and the explorer. */
class ChartCommandsTest {
    @TempDir
    Path dir;

    @Test
    void runWritesTheStoryChartAsPngAndSvg() throws Exception {
        Path out = dir.resolve("run");
        Cli.Outcome o = Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                out.toString(), "--chart-size", "800x450");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("story.png")).isNotEmptyFile();
        assertThat(out.resolve("story.svg")).isNotEmptyFile();
        assertThat(o.out()).contains("story.png");
    }

    @Test
    void noChartsMeansNoImages() throws Exception {
        Path out = dir.resolve("plain");
        Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out", out.toString(),
                "--no-charts");
        assertThat(out.resolve("timeseries.csv")).exists();
        assertThat(out.resolve("story.png")).doesNotExist();
    }

    @Test
    void aMalformedChartSizeIsBadUsage() throws Exception {
        Cli.Outcome o = Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                dir.resolve("x").toString(), "--chart-size", "big");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("--chart-size must look like 1600x900, was big");
    }

    @Test
    void compareWritesOverlayCharts() throws Exception {
        Path out = dir.resolve("cmp");
        String a = Cli.tinyFile(dir, "a").toString();
        Cli.Outcome o = Cli.run("compare", a, a, "--seed", "3", "--out", out.toString(),
                "--chart-size", "800x450");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("comparison.csv")).exists();
        assertThat(out.resolve("compare-key-metrics.png")).isNotEmptyFile();
    }

    @Test
    void sweepOfOneKeyWritesBandCharts() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "stress[0].level=0:0.8:2", "--seeds", "2", "--out", out.toString(),
                "--chart-size", "800x450");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("sweep-mood-index-end.png")).isNotEmptyFile();
    }

    @Test
    void reportIsOneSelfContainedFileWithTheDisclaimerAndTheCommand() throws Exception {
        Path file = dir.resolve("r.html");
        Cli.Outcome o = Cli.run("report", Cli.tinyFile(dir, "tiny").toString(), "--out",
                file.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        String html = Files.readString(file);
        assertThat(html).contains("<svg", "not medical advice", "plasticity report ")
                .doesNotContain("src=\"http", "href=\"http", "<script src");
    }

    @Test
    void guiWithoutADisplaySaysWhatIsMissing() {
        Cli.Outcome o = Cli.run("gui", "healthy");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("needs a display");
    }
}
