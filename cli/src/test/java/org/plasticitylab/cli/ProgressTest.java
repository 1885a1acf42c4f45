package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void theTimeLeftFollowsThePaceSoFar() {
        assertThat(Progress.timeLeft(30 * SECOND, 0, 0.5)).isEqualTo(", 0:30 left");
        assertThat(Progress.timeLeft(65 * SECOND, 0, 0.5)).isEqualTo(", 1:05 left");
        assertThat(Progress.timeLeft(3600 * SECOND, 0, 0.25)).isEqualTo(", 3:00:00 left");
    }

    @Test
    void aJobThatContinuesEarlierWorkIsTimedByWhatItDidItself() {
        // A resumed run at 50 %: 10 s for the next 10 %, so 40 s for the last 40 %.
        assertThat(Progress.timeLeft(10 * SECOND, 0.5, 0.6)).isEqualTo(", 0:40 left");
        assertThat(Progress.timeLeft(10 * SECOND, 0.5, 0.505)).isEmpty();
    }

    @Test
    void noTimeLeftIsGuessedFromTooLittleOrWhenDone() {
        assertThat(Progress.timeLeft(SECOND, 0, 0.001)).isEmpty();
        assertThat(Progress.timeLeft(SECOND, 0, 1)).isEmpty();
        assertThat(Progress.timeLeft(SECOND, 0, Double.NaN)).isEmpty();
    }

    @Test
    void theTimeLeftCountsFromTheShareDoneWhenFirstShown() {
        Progress lines = new ProgressLines(err, "sweep x", now::get);
        lines.show(0.5, "5 of 10 runs");
        now.addAndGet(10 * SECOND);
        lines.show(0.6, "6 of 10 runs");
        assertThat(text.toString()).isEqualTo("sweep x: 6 of 10 runs (60 %), 0:40 left\n");
    }

    @Test
    void quietShowsNothingAndARedirectedStderrGetsPlainLines() {
        assertThat(Progress.start(true, err, "x")).isSameAs(Progress.NONE);
        // The build's stderr is a file or a pipe, never a terminal.
        assertThat(Progress.start(false, err, "x")).isInstanceOf(ProgressLines.class);
    }

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() {
        assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/tmp/log.txt")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void plainLinesComeAtEachTenthButNotMoreThanEveryTwoSeconds() {
        Progress lines = new ProgressLines(err, "run x", now::get);
        for (int step = 1; step <= 100; step++) {
            now.addAndGet(SECOND / 10);
            lines.show(step / 100.0, "step " + step);
        }
        lines.end();
        // 10 s for 100 steps: the first line after 2 s (20 %), then one every 2 s.
        assertThat(text.toString()).isEqualTo("""
                run x: step 20 (20 %), 0:08 left
                run x: step 40 (40 %), 0:06 left
                run x: step 60 (60 %), 0:04 left
                run x: step 80 (80 %), 0:02 left
                run x: step 100 (100 %)
                """);
    }

    @Test
    void aSlowTenthStillGetsALineEveryThirtySeconds() {
        Progress lines = new ProgressLines(err, "sweep x", now::get);
        lines.show(0, "0 of 100 runs");
        now.addAndGet(31 * SECOND);
        lines.show(0.01, "1 of 100 runs");
        now.addAndGet(29 * SECOND);
        lines.show(0.02, "2 of 100 runs");
        now.addAndGet(2 * SECOND);
        lines.show(0.03, "3 of 100 runs");
        assertThat(text.toString().lines()).containsExactly(
                "sweep x: 1 of 100 runs (1 %), 51:09 left",
                "sweep x: 3 of 100 runs (3 %), 33:25 left");
    }

    @Test
    void nothingShowsInTheFirstSecond() {
        Progress lines = new ProgressLines(err, "run x", now::get);
        Progress bar = new ProgressBar(err, "run x", now::get);
        now.addAndGet(SECOND - 1);
        lines.show(0.5, "half");
        bar.show(0.5, "half");
        bar.end();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void theBarRedrawsInPlaceAndClearsItselfAtTheEnd() {
        Progress bar = new ProgressBar(err, "run x", now::get);
        bar.show(0, "day 0 of 4");
        now.addAndGet(2 * SECOND);
        bar.show(0.5, "day 2 of 4");
        now.addAndGet(SECOND / 20);
        bar.show(0.6, "too soon to redraw");
        bar.end();
        bar.show(0.9, "after the end");
        String line = "run x [###############...............]  50 % day 2 of 4, 0:02 left";
        assertThat(text.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length())
                + "\r");
    }
}
