package org.plasticitylab.cohort;

import org.plasticitylab.behaviour.BehaviourParameters;
import org.plasticitylab.dynamics.InputParameters;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.pharmacology.PkParameters;
import org.plasticitylab.scenario.ModelParameters;

/**
 * One virtual patient's values of the {@link PatientParameter varied parameters}.
 *
 * @param clearanceLPerHourPerKg clearance {@code CL} of the NMDA blocker, L/h per kg, above 0
 * @param centralVolumeLPerKg central volume {@code V1}, L per kg, above 0
 * @param ic50MgPerL concentration giving half occupancy, mg/L, above 0
 * @param stressSensitivity factor on the scenario's stress, at least 0
 * @param positiveBase probability per step of a positive experience without stress, in [0, 1]
 * @param bdnfMetCarrier 1 for a carrier of the BDNF Met allele, 0 for Val/Val
 */
public record PatientParameters(double clearanceLPerHourPerKg, double centralVolumeLPerKg,
        double ic50MgPerL, double stressSensitivity, double positiveBase,
        double bdnfMetCarrier) {
    /**
     * Validates every value; throws IllegalArgumentException naming a bad one.
     *
     * @param clearanceLPerHourPerKg clearance of the NMDA blocker, L/h per kg, above 0
     * @param centralVolumeLPerKg central volume, L per kg, above 0
     * @param ic50MgPerL concentration giving half occupancy, mg/L, above 0
     * @param stressSensitivity factor on the scenario's stress, at least 0
     * @param positiveBase probability per step of a positive experience, in [0, 1]
     * @param bdnfMetCarrier 0 (Val/Val) or 1 (Met carrier)
     */
    public PatientParameters {
        Checks.positive("clearanceLPerHourPerKg", clearanceLPerHourPerKg);
        Checks.positive("centralVolumeLPerKg", centralVolumeLPerKg);
        Checks.positive("ic50MgPerL", ic50MgPerL);
        Checks.nonNegative("stressSensitivity", stressSensitivity);
        Checks.inRange("positiveBase", positiveBase, 0, 1);
        if (bdnfMetCarrier != 0 && bdnfMetCarrier != 1) {
            throw new IllegalArgumentException("bdnfMetCarrier must be 0 or 1, was "
                    + bdnfMetCarrier);
        }
    }

    /**
     * The typical patient of a model: every parameter at its median.
     *
     * @param model the model parameters
     * @return the values the model holds
     */
    public static PatientParameters typical(ModelParameters model) {
        return new PatientParameters(PatientParameter.CLEARANCE.typical(model),
                PatientParameter.CENTRAL_VOLUME.typical(model), PatientParameter.IC50.typical(model),
                PatientParameter.STRESS_SENSITIVITY.typical(model),
                PatientParameter.POSITIVE_BASE.typical(model),
                PatientParameter.BDNF_MET_CARRIER.typical(model));
    }

    /**
     * The value of one parameter.
     *
     * @param parameter which
     * @return its value for this patient
     */
    public double value(PatientParameter parameter) {
        return switch (parameter) {
            case CLEARANCE -> clearanceLPerHourPerKg;
            case CENTRAL_VOLUME -> centralVolumeLPerKg;
            case IC50 -> ic50MgPerL;
            case STRESS_SENSITIVITY -> stressSensitivity;
            case POSITIVE_BASE -> positiveBase;
            case BDNF_MET_CARRIER -> bdnfMetCarrier;
        };
    }

    /**
     * The model with this patient's values: {@code k10 = CL / V1}, the patient's {@code V1} and
     * IC50 (the transfer rates {@code k12} and {@code k21} stay those of the model), stress
     * sensitivity, positive-experience rate and BDNF genotype; every other number is the
     * model's.
     *
     * @param model the typical patient's model parameters
     * @return new model parameters
     */
    public ModelParameters applyTo(ModelParameters model) {
        PkParameters pk = model.pharmacokinetics();
        PkParameters patientPk = new PkParameters(centralVolumeLPerKg,
                clearanceLPerHourPerKg / centralVolumeLPerKg, pk.k12PerHour(), pk.k21PerHour(),
                ic50MgPerL);
        BehaviourParameters b = model.behaviour();
        BehaviourParameters patientBehaviour = new BehaviourParameters(stressSensitivity,
                b.tauEngagementHours(), b.engagementPositiveGain(), b.engagementRuminationRelief(),
                b.windowResponsiveness(), b.copingPerHour(), b.tauCopingHours(), b.copingDamping(),
                b.trapPerHour(), b.tauTrapHours(), b.trapDamping());
        InputParameters in = model.input();
        InputParameters patientInput = new InputParameters(in.ruminationBase(),
                in.ruminationPerStress(), positiveBase, in.positiveTherapy(), in.ruminationDrive(),
                in.positiveDrive(), in.therapyDrive(), in.therapyFraction(), in.therapyDamping());
        return new ModelParameters(model.synapses(), model.activity(), patientInput,
                model.plasticity().withBdnfMetCarrier(bdnfMetCarrier), model.hebbian(), model.turnover(), patientPk, model.probe(),
                patientBehaviour, model.rule());
    }
}
