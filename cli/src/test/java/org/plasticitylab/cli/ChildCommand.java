package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real {@code plasticity} process, for tests that send it signals. */
final class ChildCommand {
    private ChildCommand() {
    }

    /** Starts {@code plasticity ARGS} in a new JVM, stderr to {@code err}, stdout discarded. */
    static Process start(File err, String... args) throws Exception {
        List<String> command = new ArrayList<>(defaultSigint());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), PlasticityCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err).start();
    }

    /** Sends SIGINT, as Ctrl-C does. */
    static void interrupt(Process p) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertThat(kill.waitFor()).isZero();
    }

    /**
     * Resets SIGINT to its default for the child: a JVM started with SIGINT ignored (as a
     * background job of a script is) keeps ignoring it.
     */
    static List<String> defaultSigint() throws Exception {
        Process env = new ProcessBuilder("env", "--default-signal=INT", "true").start();
        return env.waitFor() == 0 ? List.of("env", "--default-signal=INT") : List.of();
    }
}
