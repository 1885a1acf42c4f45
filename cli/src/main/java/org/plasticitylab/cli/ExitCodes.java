package org.plasticitylab.cli;

/** The exit codes of ARCHITECTURE.md. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    /** 128 + SIGINT, what shells expect of a program stopped by Ctrl-C. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
