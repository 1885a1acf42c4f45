package org.plasticitylab.cli;

import java.io.PrintWriter;

/** What report and gui say until the charts module is wired into the command line. */
final class NotWiredYet {
    static final String MESSAGE = "not available yet: the charts module is not wired in";

    private NotWiredYet() {
    }

    static int refuse(PrintWriter err) {
        err.println("error: " + MESSAGE);
        err.flush();
        return ExitCodes.FAILURE;
    }
}
