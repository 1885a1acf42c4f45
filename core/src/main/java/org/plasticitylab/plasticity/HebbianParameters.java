package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * The presynaptically gated BCM-like rule
 * {@code dw/dt = eta * P * rPre * (rPost - thetaPost) - lambda * (1 + stress) * w}.
 *
 * @param eta learning rate per hour (0.05)
 * @param thetaPost postsynaptic rate that divides potentiation from depression (0.3)
 * @param decayPerHour passive weight decay {@code lambda} per hour (0.004 /h)
 */
public record HebbianParameters(double eta, double thetaPost, double decayPerHour) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param eta learning rate per hour (0.05)
     * @param thetaPost postsynaptic rate that divides potentiation from depression (0.3)
     * @param decayPerHour passive weight decay {@code lambda} per hour (0.004 /h)
     */
    public HebbianParameters {
        Checks.nonNegative("eta", eta);
        Checks.inRange("thetaPost", thetaPost, 0, 1);
        Checks.nonNegative("decayPerHour", decayPerHour);
    }

    /**
     * The values of MODEL.md.
     *
     * @return the default Hebbian parameters
     */
    public static HebbianParameters defaults() {
        return new HebbianParameters(0.05, 0.3, 0.004);
    }
}
