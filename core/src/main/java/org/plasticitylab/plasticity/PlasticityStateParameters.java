package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * The global plasticity level {@code P = (1 - stressPenalty * stress) * (1 + monoamineGain * m)
 * + boost}, with the boost growing at {@link #effectiveBoostGainPerHour()} times the NMDA
 * occupancy.
 *
 * <p>The BDNF Val66Met genotype: the NMDA block raises plasticity through activity-dependent
 * release of BDNF (and the TrkB-mTOR signalling it starts), and the Met allele lowers that
 * release (Egan et al. 2003; Chen et al. 2006); Met carriers respond less to ketamine (Laje et
 * al. 2012), and mice with the Met allele lack its synaptogenic and antidepressant effect (Liu
 * et al. 2012). A carrier's boost gain is therefore {@code boostGainPerHour * metBoostFactor}.
 * The typical patient is not a carrier (Val/Val, about two thirds of European-ancestry samples).
 *
 * @param boostGainPerHour growth of the boost per hour at full NMDA occupancy (0.85 /h)
 * @param tauBoostHours decay time constant of the boost (72 h)
 * @param stressPenalty fraction of plasticity lost at full stress (0.5)
 * @param monoamineGain relative rise of plasticity at full monoaminergic effect (0.6)
 * @param tauMonoamineHours build-up time constant of the monoaminergic effect (336 h = 2 weeks)
 * @param bdnfMetCarrier 1 for a carrier of the BDNF Met allele, 0 for Val/Val (0)
 * @param metBoostFactor factor on the boost gain of a Met carrier (0: no boost)
 */
public record PlasticityStateParameters(double boostGainPerHour, double tauBoostHours,
        double stressPenalty, double monoamineGain, double tauMonoamineHours,
        double bdnfMetCarrier, double metBoostFactor) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param boostGainPerHour growth of the boost per hour at full NMDA occupancy (0.85 /h)
     * @param tauBoostHours decay time constant of the boost (72 h)
     * @param stressPenalty fraction of plasticity lost at full stress (0.5)
     * @param monoamineGain relative rise of plasticity at full monoaminergic effect (0.6)
     * @param tauMonoamineHours build-up time constant of the monoaminergic effect (336 h = 2 weeks)
     * @param bdnfMetCarrier 0 (Val/Val) or 1 (Met carrier)
     * @param metBoostFactor factor on a Met carrier's boost gain, in [0, 1]
     */
    public PlasticityStateParameters {
        Checks.nonNegative("boostGainPerHour", boostGainPerHour);
        Checks.positive("tauBoostHours", tauBoostHours);
        Checks.inRange("stressPenalty", stressPenalty, 0, 1);
        Checks.nonNegative("monoamineGain", monoamineGain);
        Checks.positive("tauMonoamineHours", tauMonoamineHours);
        if (bdnfMetCarrier != 0 && bdnfMetCarrier != 1) {
            throw new IllegalArgumentException("bdnfMetCarrier must be 0 or 1, was "
                    + bdnfMetCarrier);
        }
        Checks.inRange("metBoostFactor", metBoostFactor, 0, 1);
    }

    /**
     * The values of MODEL.md, for a patient who does not carry the Met allele, and the Met
     * factor of docs/model.md.
     *
     * @return the default plasticity-state parameters
     */
    public static PlasticityStateParameters defaults() {
        return new PlasticityStateParameters(0.85, 72, 0.5, 0.6, 14 * 24, 0, 0);
    }

    /**
     * The boost gain of this genotype.
     *
     * @return {@code boostGainPerHour}, times {@code metBoostFactor} for a Met carrier
     */
    public double effectiveBoostGainPerHour() {
        return bdnfMetCarrier == 1 ? boostGainPerHour * metBoostFactor : boostGainPerHour;
    }

    /**
     * These parameters for another genotype.
     *
     * @param carrier 1 for a Met carrier, 0 for Val/Val
     * @return a copy with {@code bdnfMetCarrier} replaced
     */
    public PlasticityStateParameters withBdnfMetCarrier(double carrier) {
        return new PlasticityStateParameters(boostGainPerHour, tauBoostHours, stressPenalty,
                monoamineGain, tauMonoamineHours, carrier, metBoostFactor);
    }
}
