package org.plasticitylab.metrics;

/**
 * An illustrative 0..100 summary, higher is better:
 * {@code 100 * (0.5 * positive + 0.25 * (1 - max(0, negative - positive)) + 0.25 * min(1,
 * density / healthyDensity))}. Half is anhedonia (can the network still recall the positive
 * pattern?), a quarter rumination (does the negative pattern dominate?), a quarter synapse loss.
 * A healthy network scores about 100. Not a clinical scale.
 */
public final class MoodIndex {
    private MoodIndex() {
    }

    /**
     * The index from recalls in [0, 1] and density relative to the healthy day-0 density.
     *
     * @param positiveRecall recall of the positive pattern, 0..1
     * @param negativeRecall recall of the negative pattern, 0..1
     * @param density present synapses per slot now, 0..1
     * @param healthyDensity the healthy day-0 density; 0 or less counts no synapses as kept
     * @return the index, 0..100 for recalls in [0, 1]
     */
    public static double of(double positiveRecall, double negativeRecall, double density,
            double healthyDensity) {
        double dominance = Math.max(0, negativeRecall - positiveRecall);
        double kept = healthyDensity > 0 ? Math.min(1, density / healthyDensity) : 0;
        return 100 * (0.5 * positiveRecall + 0.25 * (1 - dominance) + 0.25 * kept);
    }
}
