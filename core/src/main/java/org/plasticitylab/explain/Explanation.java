package org.plasticitylab.explain;

import java.util.List;

/**
 * What happened in a run, finding by finding, ending with the disclaimer.
 *
 * @param scenario the scenario's name
 * @param findings observations in story order
 * @param disclaimer {@link #DISCLAIMER}
 */
public record Explanation(String scenario, List<Finding> findings, String disclaimer) {
    /** Said by every output that shows a result. */
    public static final String DISCLAIMER = "Toy model for teaching - not medical advice.";

    /**
     * Copies the findings into an unmodifiable list.
     *
     * @param scenario the scenario's name
     * @param findings observations in story order
     * @param disclaimer {@link #DISCLAIMER}
     */
    public Explanation {
        findings = List.copyOf(findings);
    }

    /**
     * The findings as paragraphs, then the disclaimer.
     *
     * @return the text, paragraphs separated by blank lines
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.text()).append("\n\n");
        }
        return b.append(disclaimer).append('\n').toString();
    }
}
