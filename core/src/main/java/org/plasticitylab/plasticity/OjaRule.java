package org.plasticitylab.plasticity;

/**
 * Oja's normalised Hebbian rule (Oja 1982) as an alternative:
 * {@code dw/dt = eta * P * rPost * (rPre - rPost * w) - lambda * (1 + stress) * w}, clipped to
 * {@code [0, maxWeight]}. Its built-in forgetting term keeps weight vectors bounded.
 */
public final class OjaRule implements AffinePlasticityRule {
    private final double eta;
    private final double decay;
    private final double maxWeight;

    /**
     * Creates the rule.
     *
     * @param parameters learning rate {@code eta} and decay {@code lambda}; {@code thetaPost} is not used
     * @param maxWeight upper weight bound
     */
    public OjaRule(HebbianParameters parameters, double maxWeight) {
        this.eta = parameters.eta();
        this.decay = parameters.decayPerHour();
        this.maxWeight = maxWeight;
    }

    @Override
    public double keep(double postRate, double plasticity, double stress, double dtHours) {
        return 1 - dtHours * decay * (1 + stress) - learn(postRate, plasticity, stress, dtHours)
                * postRate;
    }

    @Override
    public double learn(double postRate, double plasticity, double stress, double dtHours) {
        return dtHours * eta * plasticity * postRate;
    }

    @Override
    public double maxWeight() {
        return maxWeight;
    }
}
