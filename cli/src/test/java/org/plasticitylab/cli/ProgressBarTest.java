package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theTimeLeftFollowsThePaceSoFar() {
        assertThat(ProgressBar.timeLeft(30 * SECOND, 0.5)).isEqualTo(", 0:30 left");
        assertThat(ProgressBar.timeLeft(65 * SECOND, 0.5)).isEqualTo(", 1:05 left");
        assertThat(ProgressBar.timeLeft(3600 * SECOND, 0.25)).isEqualTo(", 3:00:00 left");
    }

    @Test
    void noTimeLeftIsGuessedFromTooLittleOrWhenDone() {
        assertThat(ProgressBar.timeLeft(SECOND, 0.001)).isEmpty();
        assertThat(ProgressBar.timeLeft(SECOND, 1)).isEmpty();
        assertThat(ProgressBar.timeLeft(SECOND, Double.NaN)).isEmpty();
    }

    @Test
    void quietOrARedirectedStderrGetsNoBar() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertThat(ProgressBar.wanted(true, err, "x")).isEmpty();
        // The build's stderr is a file or a pipe, never a terminal.
        assertThat(ProgressBar.wanted(false, err, "x")).isEmpty();
    }

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() {
        assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/tmp/log.txt")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
    }
}
