package org.plasticitylab.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The command line a command was started with, as a user would type it again. */
final class CommandText {
    private CommandText() {
    }

    /** {@code plasticity} and every argument, quoted for a POSIX shell where needed. */
    static String of(CommandSpec spec) {
        return of(spec.commandLine().getParseResult().originalArgs());
    }

    static String of(List<String> arguments) {
        StringBuilder b = new StringBuilder("plasticity");
        for (String arg : arguments) {
            b.append(' ').append(arg.matches("[A-Za-z0-9_./:=,@%+\\[\\]-]+") ? arg
                    : "'" + arg.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
