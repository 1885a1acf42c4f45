package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 7: text from a file never reaches the terminal as control sequences. */
class TerminalTest {
    /** Clears the screen, sets the window title, then reverses the text that follows. */
    private static final String ATTACK = "\u001b[2J\u001b]0;pwned\u0007\u202eevil\u009b";

    @TempDir
    Path dir;

    @Test
    void explainEscapesControlSequencesInADescription() throws Exception {
        Path file = Files.writeString(dir.resolve("evil.yaml"), Cli.TINY.replace("name: tiny",
                "name: tiny\ndescription: \"" + yaml(ATTACK) + "\""));
        Cli.Outcome o = Cli.run("explain", file.toString(), "--no-counterfactual");
        assertThat(o.exit()).as(o.err()).isZero();
        assertNoControls(o.out() + o.err());
        assertThat(o.out()).contains("\\u001b[2J\\u001b]0;pwned\\u0007\\u202eevil\\u009b");
    }

    @Test
    void validateEscapesControlSequencesInKeysAndNames() throws Exception {
        Path file = Files.writeString(dir.resolve("evil.yaml"), "name: \"" + yaml(ATTACK)
                + "\"\n\"" + yaml(ATTACK) + "\": 1\n");
        Cli.Outcome o = Cli.run("validate", file.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertNoControls(o.out() + o.err());
        assertThat(o.err()).contains("\\u001b[2J");
    }

    @Test
    void unknownOptionsAndPresetNamesAreEscapedToo() {
        Cli.Outcome option = Cli.run("run", "healthy", "--" + ATTACK);
        Cli.Outcome preset = Cli.run("run", ATTACK);
        assertThat(option.exit()).isEqualTo(2);
        assertThat(preset.exit()).isEqualTo(2);
        assertNoControls(option.err() + preset.err());
    }

    @Test
    void safeKeepsLinesAndLineEscapesThem() {
        assertThat(Terminal.safe("a\n\tb\u001bc\r")).isEqualTo("a\n\tb\\u001bc\\u000d");
        assertThat(Terminal.line("a\nb")).isEqualTo("a\\u000ab");
    }

    private static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> c != '\n' && c != '\t'
                && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)))
                .as("control characters in %s", text).isEmpty();
    }

    /** The text as a double-quoted YAML string body. */
    private static String yaml(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c < 0x20 || c >= 0x7f
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.toString();
    }
}
