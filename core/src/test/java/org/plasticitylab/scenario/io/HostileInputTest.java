package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {
    @TempDir
    Path dir;

    private static ScenarioFileException rejected(Path file) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.read(file));
        assertThat(e).as("expected %s to be rejected", file).isNotNull();
        return e;
    }

    private static String rejection(Path file) {
        return rejected(file).getMessage();
    }

    @Test
    void binaryGarbageIsAClearError() throws Exception {
        Path file = dir.resolve("garbage.yaml");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        assertThat(rejection(file)).contains("is not UTF-8 text");
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "# " + "x".repeat(SourceText.MAX_BYTES) + "\nname: x\n");
        assertThat(rejection(file)).contains("larger than the 1 MiB");
    }

    @Test
    void yamlAliasesAreNotExpanded() throws Exception {
        Path file = dir.resolve("laughs.yaml");
        Files.writeString(file, "name: x\nstress: &a [{from_day: 0, to_day: 1}]\ntherapy: *a\n");
        assertThat(rejected(file).problems()).containsExactly(new Problem(3, 10, "therapy",
                "YAML aliases (*a) are not supported in scenario files; write the value out"));
    }

    @Test
    void aDocumentThatIsOnlyAnAliasIsRejectedWithItsReason() throws Exception {
        Path file = dir.resolve("alias.yaml");
        Files.writeString(file, "*a\n");
        assertThat(rejection(file)).contains("YAML aliases (*a) are not supported");
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "[".repeat(200) + "]".repeat(200));
        assertThat(rejection(file)).contains("too deeply nested");
    }

    @Test
    void syntaxErrorsNameTheirLine() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "name: x\n  days: [\n");
        Problem p = rejected(file).problems().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("syntax error:");
    }

    @Test
    void otherExtensionsAreRefused() throws Exception {
        Path file = dir.resolve("scenario.txt");
        Files.writeString(file, "name: x\n");
        assertThat(rejection(file)).contains(".yaml, .yml or .json");
    }

    @Test
    void emptyFilesNeedAName() throws Exception {
        Path file = dir.resolve("empty.yaml");
        Files.writeString(file, "");
        assertThat(rejection(file)).contains("file is empty");
    }
}
