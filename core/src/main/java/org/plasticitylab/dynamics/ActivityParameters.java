package org.plasticitylab.dynamics;

import org.plasticitylab.internal.Checks;

/**
 * The rate equation {@code r = sigmoid(slope * (h + I - (1 - disinhibition * occupancy) *
 * (inhibition * mean(h) + tonicInhibition) - threshold))}.
 *
 * @param slope gain of the sigmoid (12)
 * @param threshold firing threshold without inhibition (0.2)
 * @param inhibition strength of feedback inhibition through the mean input (1)
 * @param tonicInhibition inhibition that does not depend on activity (0.15; with the threshold
 *     it makes MODEL.md's 0.35 without drug)
 * @param disinhibition fraction of inhibition removed at full NMDA occupancy (0.6)
 * @param noiseSd standard deviation of the input noise on every unit (0.03)
 * @param adaptationGain input subtracted per unit of adaptation (spike-frequency adaptation,
 *     added to MODEL.md so that a recalled pattern fades instead of staying on for good)
 * @param tauAdaptationHours time constant with which adaptation follows the rate
 */
public record ActivityParameters(double slope, double threshold, double inhibition,
        double tonicInhibition, double disinhibition, double noiseSd, double adaptationGain, double tauAdaptationHours) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param slope gain of the sigmoid (12)
     * @param threshold firing threshold without inhibition (0.2)
     * @param inhibition strength of feedback inhibition through the mean input (1)
     * @param tonicInhibition inhibition that does not depend on activity (0.15)
     * @param disinhibition fraction of inhibition removed at full NMDA occupancy (0.6)
     * @param noiseSd standard deviation of the input noise on every unit (0.03)
     * @param adaptationGain input subtracted per unit of adaptation (spike-frequency adaptation,
     *     added to MODEL.md so that a recalled pattern fades instead of staying on for good)
     * @param tauAdaptationHours time constant with which adaptation follows the rate
     */
    public ActivityParameters {
        Checks.positive("slope", slope);
        Checks.finite("threshold", threshold);
        Checks.nonNegative("inhibition", inhibition);
        Checks.nonNegative("tonicInhibition", tonicInhibition);
        Checks.inRange("disinhibition", disinhibition, 0, 1);
        Checks.nonNegative("noiseSd", noiseSd);
        Checks.nonNegative("adaptationGain", adaptationGain);
        Checks.positive("tauAdaptationHours", tauAdaptationHours);
    }

    /**
     * The values of MODEL.md.
     *
     * @return the default activity parameters
     */
    public static ActivityParameters defaults() {
        return new ActivityParameters(12, -0.35, 1, 0.7, 1, 0.03, 3, 2);
    }
}
