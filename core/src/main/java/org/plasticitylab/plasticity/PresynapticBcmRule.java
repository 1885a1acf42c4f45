package org.plasticitylab.plasticity;

/**
 * The model's default rule, BCM-like and presynaptically gated (Bienenstock, Cooper and Munro
 * 1982, with a fixed threshold): {@code dw/dt = eta * P * rPre * (rPost - thetaPost) - lambda *
 * (1 + stress) * w}, clipped to {@code [0, maxWeight]}. A synapse from a silent unit does not
 * learn; an active input onto a unit firing above threshold is strengthened, below it weakened.
 */
public final class PresynapticBcmRule implements AffinePlasticityRule {
    private final double eta;
    private final double theta;
    private final double decay;
    private final double maxWeight;

    /**
     * Creates the rule.
     *
     * @param parameters learning rate {@code eta}, threshold {@code thetaPost} and decay {@code lambda}
     * @param maxWeight upper weight bound
     */
    public PresynapticBcmRule(HebbianParameters parameters, double maxWeight) {
        this.eta = parameters.eta();
        this.theta = parameters.thetaPost();
        this.decay = parameters.decayPerHour();
        this.maxWeight = maxWeight;
    }

    @Override
    public double keep(double postRate, double plasticity, double stress, double dtHours) {
        return 1 - dtHours * decay * (1 + stress);
    }

    @Override
    public double learn(double postRate, double plasticity, double stress, double dtHours) {
        return dtHours * eta * plasticity * (postRate - theta);
    }

    @Override
    public double maxWeight() {
        return maxWeight;
    }
}
