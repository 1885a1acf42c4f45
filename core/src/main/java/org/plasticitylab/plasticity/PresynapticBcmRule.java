package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * The model's default rule, BCM-like and presynaptically gated (Bienenstock, Cooper and Munro
 * 1982, with a fixed threshold): {@code dw/dt = eta * P * rPre * (rPost - thetaPost) - lambda *
 * (1 + stress) * w}, clipped to {@code [0, maxWeight]}. A synapse from a silent unit does not
 * learn; an active input onto a unit firing above threshold is strengthened, below it weakened.
 */
public final class PresynapticBcmRule implements PlasticityRule {
    private final double eta;
    private final double theta;
    private final double decay;
    private final float maxWeight;

    public PresynapticBcmRule(HebbianParameters parameters, double maxWeight) {
        this.eta = parameters.eta();
        this.theta = parameters.thetaPost();
        this.decay = parameters.decayPerHour();
        this.maxWeight = (float) maxWeight;
    }

    @Override
    public void update(Network network, int post, double[] rate, double plasticity, double stress,
            double dtHours) {
        double learn = dtHours * eta * plasticity * (rate[post] - theta);
        double keep = 1 - dtHours * decay * (1 + stress);
        AffineUpdate.apply(network, post, rate, keep, learn, maxWeight);
    }
}
