package org.plasticitylab.scenario.io;

import java.util.List;

/**
 * A scenario file that cannot be used, with every problem found in it: the one domain exception
 * of the scenario file format.
 */
public final class ScenarioFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file name or label the problems refer to. */
    private final String source;
    private final transient List<Problem> problems;

    /**
     * An exception whose message names the only problem, or the number of problems and the first.
     *
     * @param source the file name (or other label) the problems refer to
     * @param problems at least one problem
     * @throws IllegalArgumentException if {@code problems} is null or empty
     */
    public ScenarioFileException(String source, List<Problem> problems) {
        super(headline(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * The file name or label the problems refer to.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Every problem found, in file order where positions are known.
     *
     * @return an unmodifiable list of at least one problem
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String headline(String source, List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("problems must name at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).describe(source);
        }
        return source + ": " + problems.size() + " problems, the first: "
                + problems.get(0).describe(source);
    }
}
