package org.plasticitylab.cohort;

import org.plasticitylab.scenario.ModelParameters;

/**
 * The model numbers that differ between virtual patients, each with the name its column has in
 * the cohort's files and the value of the typical patient (the median of its distribution).
 * All are log-normal but the BDNF genotype, which is Bernoulli ({@link #bernoulli()}).
 */
public enum PatientParameter {
    /** Clearance of the NMDA blocker, {@code CL = k10 * V1}, L/h per kg. */
    CLEARANCE("clearance_l_per_h_per_kg", "clearance (L/h/kg)"),
    /** Volume of the central compartment {@code V1}, L per kg. */
    CENTRAL_VOLUME("central_volume_l_per_kg", "central volume (L/kg)"),
    /** Plasma concentration of the blocker giving half occupancy, mg/L. */
    IC50("ic50_mg_per_l", "NMDA IC50 (mg/L)"),
    /** Factor on the scenario's stress, 1 for the typical patient. */
    STRESS_SENSITIVITY("stress_sensitivity", "stress sensitivity"),
    /** Probability per step of a positive experience without stress. */
    POSITIVE_BASE("positive_base", "positive experiences (per step)"),
    /** 1 for a carrier of the BDNF Met allele (a blunted boost of plasticity), 0 for Val/Val. */
    BDNF_MET_CARRIER("bdnf_met_carrier", "BDNF Met carrier (0/1)");

    private final String key;
    private final String label;

    PatientParameter(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /**
     * The name of the parameter in files: lower case with underscores and its unit.
     *
     * @return e.g. {@code clearance_l_per_h_per_kg}
     */
    public String key() {
        return key;
    }

    /**
     * The name of the parameter for people, with its unit.
     *
     * @return e.g. {@code clearance (L/h/kg)}
     */
    public String label() {
        return label;
    }

    /**
     * Whether the parameter is a yes-or-no trait drawn as Bernoulli rather than log-normal.
     *
     * @return true for {@link #BDNF_MET_CARRIER}
     */
    public boolean bernoulli() {
        return this == BDNF_MET_CARRIER;
    }

    /**
     * The value of the typical patient: what the model parameters say.
     *
     * @param model the model parameters of the cohort's scenario
     * @return the parameter's value in them
     */
    public double typical(ModelParameters model) {
        return switch (this) {
            case CLEARANCE -> model.pharmacokinetics().k10PerHour()
                    * model.pharmacokinetics().centralVolumeLPerKg();
            case CENTRAL_VOLUME -> model.pharmacokinetics().centralVolumeLPerKg();
            case IC50 -> model.pharmacokinetics().ic50MgPerL();
            case STRESS_SENSITIVITY -> model.behaviour().stressSensitivity();
            case POSITIVE_BASE -> model.input().positiveBase();
            case BDNF_MET_CARRIER -> model.plasticity().bdnfMetCarrier();
        };
    }
}
