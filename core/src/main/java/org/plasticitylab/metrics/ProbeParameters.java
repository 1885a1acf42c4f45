package org.plasticitylab.metrics;

import org.plasticitylab.internal.Checks;

/**
 * The recall probe: cue part of a pattern in a silent copy of the network and see how much of
 * the pattern the network completes.
 *
 * @param cueFraction share of the pattern cued (0.3)
 * @param cueDrive input to the cued units (0.8)
 * @param iterations activity iterations per trial (8)
 * @param trials cue trials averaged per probe, so that one probe is not noise
 * @param everyHours hours between probes (24); between probes the last value is repeated
 */
public record ProbeParameters(double cueFraction, double cueDrive, int iterations, int trials,
        double everyHours) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param cueFraction share of the pattern cued (0.3)
     * @param cueDrive input to the cued units (0.8)
     * @param iterations activity iterations per trial (8)
     * @param trials cue trials averaged per probe, so that one probe is not noise
     * @param everyHours hours between probes (24); between probes the last value is repeated
     */
    public ProbeParameters {
        Checks.inRange("cueFraction", cueFraction, 0.01, 1);
        Checks.nonNegative("cueDrive", cueDrive);
        Checks.atLeast("iterations", iterations, 1);
        Checks.atLeast("trials", trials, 1);
        Checks.positive("everyHours", everyHours);
    }

    /**
     * The values of MODEL.md, averaged over 8 trials.
     *
     * @return the default probe parameters
     */
    public static ProbeParameters defaults() {
        return new ProbeParameters(0.3, 0.8, 8, 8, 24);
    }
}
