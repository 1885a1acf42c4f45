package org.plasticitylab.metrics;

/**
 * An illustrative 0..100 summary, higher is better, of what the network can do and what it is
 * doing: {@code 100 * (0.4 * positive + 0.2 * (1 - max(0, negative - positive)) + 0.2 *
 * min(1, density / healthyDensity) + 0.2 * (1 - max(0, rumination - engagement)))}. Two fifths
 * are anhedonia (can the network still recall the positive pattern?), a fifth rigid negative
 * thinking (does the negative pattern dominate recall?), a fifth synapse loss, and a fifth the
 * mood of the moment (has the negative pattern been more active than the positive one over
 * the last day?). A healthy network scores about 100. Not a clinical scale.
 */
public final class MoodIndex {
    private MoodIndex() {
    }

    /**
     * The index from recalls, density and recent activity, each in [0, 1].
     *
     * @param positiveRecall recall of the positive pattern, 0..1
     * @param negativeRecall recall of the negative pattern, 0..1
     * @param densityRatio density relative to the healthy day-0 density; 0 or less (or NaN)
     *     counts no synapses as kept
     * @param engagement recent activity of the positive pattern, 0..1
     * @param rumination recent activity of the negative pattern, 0..1
     * @return the index, 0..100 for values in [0, 1]
     */
    public static double of(double positiveRecall, double negativeRecall, double densityRatio,
            double engagement, double rumination) {
        double dominance = Math.max(0, negativeRecall - positiveRecall);
        double kept = densityRatio > 0 ? Math.min(1, densityRatio) : 0;
        double brooding = Math.max(0, rumination - engagement);
        return 100 * (0.4 * positiveRecall + 0.2 * (1 - dominance) + 0.2 * kept
                + 0.2 * (1 - brooding));
    }
}
