package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSiteAndSaysHowToOpenIt() throws Exception {
        Path out = dir.resolve("site");
        Cli.Outcome o = Cli.run("web", "--out", out.toString());

        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("index.html")).content().contains("id=\"summary\"")
                .contains("never medical advice");
        assertThat(out.resolve("plasticity-wasm.js")).content().startsWith("\"use strict\";");
        assertThat(out.resolve("uplot/uPlot.iife.min.js")).exists();
        assertThat(o.out()).contains(out.resolve("index.html").toAbsolutePath().toUri()
                .toString()).contains("offline");
    }

    @Test
    void aFileAsTheOutputFolderIsABadUsage() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli.Outcome o = Cli.run("web", "--out", file.toString());

        assertThat(o.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.err()).contains("is a file; give a folder");
        assertThat(file).content().isEqualTo("x");
    }
}
