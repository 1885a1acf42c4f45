package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * Oja's normalised Hebbian rule (Oja 1982) as an alternative:
 * {@code dw/dt = eta * P * rPost * (rPre - rPost * w) - lambda * (1 + stress) * w}, clipped to
 * {@code [0, maxWeight]}. Its built-in forgetting term keeps weight vectors bounded.
 */
public final class OjaRule implements PlasticityRule {
    private final double eta;
    private final double decay;
    private final float maxWeight;

    public OjaRule(HebbianParameters parameters, double maxWeight) {
        this.eta = parameters.eta();
        this.decay = parameters.decayPerHour();
        this.maxWeight = (float) maxWeight;
    }

    @Override
    public void update(Network network, int post, double[] rate, double plasticity, double stress,
            double dtHours) {
        double rPost = rate[post];
        double learn = dtHours * eta * plasticity * rPost;
        double keep = 1 - dtHours * decay * (1 + stress) - learn * rPost;
        AffineUpdate.apply(network, post, rate, keep, learn, maxWeight);
    }
}
