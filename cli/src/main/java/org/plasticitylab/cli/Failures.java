package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.plasticitylab.scenario.io.Problem;
import org.plasticitylab.scenario.io.ScenarioFileException;

/**
 * Turns what a command throws into one clear line on stderr (plus the problems of an invalid
 * file) and an exit code; stack traces only with --verbose.
 */
final class Failures {
    /** The body of a command. */
    @FunctionalInterface
    interface Action {
        int run() throws IOException;
    }

    private Failures() {
    }

    static int guard(PrintWriter err, boolean verbose, Action action) {
        try {
            return action.run();
        } catch (ScenarioFileException e) {
            printProblems(err, e);
            return trace(err, verbose, e, ExitCodes.USAGE);
        } catch (UserInputException e) {
            err.println("error: " + e.getMessage());
            return trace(err, verbose, e, ExitCodes.USAGE);
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot read or write a file: " + e.getMessage());
            return trace(err, verbose, e, ExitCodes.FAILURE);
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: " + e + (verbose ? "" : " (--verbose shows where)"));
            return trace(err, verbose, e, ExitCodes.FAILURE);
        }
    }

    /** The headline, then one compiler-style line per problem. */
    static void printProblems(PrintWriter err, ScenarioFileException e) {
        int n = e.problems().size();
        err.println("error: " + e.source() + ": " + n + (n == 1 ? " problem" : " problems"));
        for (Problem p : e.problems()) {
            err.println("  " + p.describe(e.source()));
        }
    }

    private static int trace(PrintWriter err, boolean verbose, Throwable e, int code) {
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
