package org.plasticitylab.explain;

import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.sim.Result;

/**
 * A run of the same scenario with one part taken away, to show what that part changed.
 *
 * @param kind what was taken away
 * @param result the run without it
 */
public record Counterfactual(Kind kind, Result result) {
    /** What a counterfactual leaves out. */
    public enum Kind {
        /** The same scenario without its therapy sessions. */
        WITHOUT_THERAPY("without the therapy"),
        /** The same scenario without its drug treatments: therapy outside any window. */
        WITHOUT_DRUGS("without the drugs");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /**
         * How the text names it, e.g. "without the therapy".
         *
         * @return the words
         */
        public String words() {
            return words;
        }

        /**
         * The scenario without this part; its name says so (e.g. {@code <name>-without-therapy}).
         *
         * @param s the scenario
         * @return a copy without its therapy or without its drug treatments
         */
        public Scenario applyTo(Scenario s) {
            ScenarioBuilder b = s.toBuilder().name(s.name() + "-" + name().toLowerCase()
                    .replace('_', '-'));
            return (this == WITHOUT_THERAPY ? b.clearTherapy() : b.clearTreatments()).build();
        }

        /**
         * Whether the scenario has the part this kind takes away.
         *
         * @param s the scenario
         * @return true if it has therapy (or drug treatments) to take away
         */
        public boolean appliesTo(Scenario s) {
            return this == WITHOUT_THERAPY ? !s.therapy().isEmpty() : !s.treatments().isEmpty();
        }
    }

    /**
     * Requires a kind and a result; throws IllegalArgumentException if either is null.
     *
     * @param kind what was taken away
     * @param result the run without it
     */
    public Counterfactual {
        if (kind == null || result == null) {
            throw new IllegalArgumentException("kind and result must not be null, was " + kind
                    + " / " + result);
        }
    }
}
