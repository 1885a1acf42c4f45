package org.plasticitylab.viz.benchmark;

/**
 * A JMH result file that cannot be charted: missing, empty, not JMH's JSON, or without the
 * benchmarks the chart needs. The message names the file and the problem, so that it can be
 * shown as it is.
 */
final class ResultsFileException extends RuntimeException {
    ResultsFileException(String message) {
        super(message);
    }

    ResultsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
