package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether the standard error stream is a terminal, for drawing progress there. The JDK only
 * says whether stdin and stdout are ({@code System.console()}), which hides the progress of
 * {@code plasticity run x > log}; on Linux the descriptor's link says it for stderr itself.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    /** True when stderr is a terminal and {@code TERM} is not {@code dumb}. */
    static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }

    /** A terminal's device: a pseudo-terminal, a console or a serial line. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty")
                || device.equals("/dev/console");
    }
}
