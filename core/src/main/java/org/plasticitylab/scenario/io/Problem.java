package org.plasticitylab.scenario.io;

/**
 * One thing wrong with a scenario file.
 *
 * @param line 1-based line of the offending key or value, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path field path in file keys, e.g. {@code treatments[1].dose_mg_per_kg}; empty for
 *     the whole file
 * @param message the reason, e.g. {@code must be > 0 and finite, was -0.5}
 */
public record Problem(int line, int column, String path, String message) {
    /**
     * Requires line and column of 0 or more and a non-blank message; a null path becomes
     * empty. Throws IllegalArgumentException otherwise.
     *
     * @param line 1-based line of the offending key or value, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param path field path in file keys, e.g. {@code treatments[1].dose_mg_per_kg}; empty for
     *     the whole file
     * @param message the reason, e.g. {@code must be > 0 and finite, was -0.5}
     */
    public Problem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line and column must be >= 0, was " + line + ":" + column);
        }
        path = path == null ? "" : path;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank, was " + message);
        }
    }

    /**
     * A problem of the whole file, with no position.
     *
     * @param message the reason
     * @return the problem
     */
    public static Problem ofFile(String message) {
        return new Problem(0, 0, "", message);
    }

    /**
     * Compiler-style {@code source:line:column: path: message}, leaving out what is unknown.
     *
     * @param source the file name or label to start with
     * @return the one-line description
     */
    public String describe(String source) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
