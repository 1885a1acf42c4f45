package org.plasticitylab.cohort;

import org.plasticitylab.internal.Checks;

/**
 * How much the {@link PatientParameter varied parameters} differ between virtual patients.
 * Each number parameter is log-normal with its median at the model's value (the typical
 * patient) and the given coefficient of variation (CV), as between-subject variability is
 * modelled in population pharmacology: {@code value = median * exp(sigma * z)} with {@code z}
 * standard normal and {@code sigma = sqrt(ln(1 + cv^2))}, so that the draws have exactly that
 * CV. The BDNF genotype is Bernoulli: a patient carries the Met allele with probability
 * {@code metCarrierProbability}. The parameters are drawn independently of each other.
 *
 * <p>Defaults (toy except where noted): clearance and central volume 30 % (noted: about the
 * between-subject variability that population PK analyses commonly report for clearance and
 * volume; the figure of the design brief, not fitted to ketamine data), NMDA IC50 30 %, stress
 * sensitivity 20 % and the baseline rate of positive experiences 30 %. The positive-experience
 * rate is a probability per step: a draw above 1 is capped at 1 (with the default median of
 * 0.15 and CV of 30 % that needs a draw more than six standard deviations out). Met carriers
 * 30 % (noted: the Met allele has a frequency of about 0.2 in samples of European ancestry, so
 * about a third carry it; East Asian samples carry it more often, see docs/model.md).
 *
 * @param clearanceCv CV of the clearance {@code CL = k10 * V1}, at least 0
 * @param centralVolumeCv CV of the central volume {@code V1}, at least 0
 * @param ic50Cv CV of the NMDA IC50, at least 0
 * @param stressSensitivityCv CV of the stress sensitivity, at least 0
 * @param positiveBaseCv CV of the baseline rate of positive experiences, at least 0
 * @param metCarrierProbability probability that a patient carries the BDNF Met allele, 0..1
 */
public record PatientVariability(double clearanceCv, double centralVolumeCv, double ic50Cv,
        double stressSensitivityCv, double positiveBaseCv, double metCarrierProbability) {
    /** Most CV accepted: 10 means a log-normal sigma of about 2.15, far beyond any cohort. */
    public static final double MAX_CV = 10;

    /**
     * Validates every value; throws IllegalArgumentException naming a bad one.
     *
     * @param clearanceCv CV of the clearance, in [0, {@value #MAX_CV}]
     * @param centralVolumeCv CV of the central volume, in [0, {@value #MAX_CV}]
     * @param ic50Cv CV of the NMDA IC50, in [0, {@value #MAX_CV}]
     * @param stressSensitivityCv CV of the stress sensitivity, in [0, {@value #MAX_CV}]
     * @param positiveBaseCv CV of the positive-experience rate, in [0, {@value #MAX_CV}]
     * @param metCarrierProbability probability of a Met carrier, in [0, 1]
     */
    public PatientVariability {
        Checks.inRange("clearanceCv", clearanceCv, 0, MAX_CV);
        Checks.inRange("centralVolumeCv", centralVolumeCv, 0, MAX_CV);
        Checks.inRange("ic50Cv", ic50Cv, 0, MAX_CV);
        Checks.inRange("stressSensitivityCv", stressSensitivityCv, 0, MAX_CV);
        Checks.inRange("positiveBaseCv", positiveBaseCv, 0, MAX_CV);
        Checks.inRange("metCarrierProbability", metCarrierProbability, 0, 1);
    }

    /**
     * The documented defaults: 30 % for clearance, central volume, IC50 and positive
     * experiences, 20 % for stress sensitivity, 30 % Met carriers.
     *
     * @return the default variability
     */
    public static PatientVariability defaults() {
        return new PatientVariability(0.3, 0.3, 0.3, 0.2, 0.3, 0.3);
    }

    /**
     * No variability: every patient is the typical one and patients differ by seed only.
     *
     * @return all CVs 0 and no Met carriers
     */
    public static PatientVariability none() {
        return new PatientVariability(0, 0, 0, 0, 0, 0);
    }

    /**
     * The CV of one log-normal parameter.
     *
     * @param parameter which, not {@linkplain PatientParameter#bernoulli() Bernoulli}
     * @return its coefficient of variation
     * @throws IllegalArgumentException for the BDNF genotype, which has a probability instead
     */
    public double cv(PatientParameter parameter) {
        return switch (parameter) {
            case CLEARANCE -> clearanceCv;
            case CENTRAL_VOLUME -> centralVolumeCv;
            case IC50 -> ic50Cv;
            case STRESS_SENSITIVITY -> stressSensitivityCv;
            case POSITIVE_BASE -> positiveBaseCv;
            case BDNF_MET_CARRIER -> throw new IllegalArgumentException(parameter
                    + " is Bernoulli; see metCarrierProbability");
        };
    }

    /**
     * The log-normal value of a parameter for a standard normal deviate.
     *
     * @param parameter which, not {@linkplain PatientParameter#bernoulli() Bernoulli}
     * @param median the typical patient's value
     * @param z a standard normal deviate
     * @return {@code median * exp(sigma * z)}, {@code sigma = sqrt(ln(1 + cv^2))}; capped at 1
     *     for {@link PatientParameter#POSITIVE_BASE}, a probability
     */
    public double value(PatientParameter parameter, double median, double z) {
        double cv = cv(parameter);
        double value = median * Math.exp(Math.sqrt(Math.log1p(cv * cv)) * z);
        return parameter == PatientParameter.POSITIVE_BASE ? Math.min(1, value) : value;
    }

    /**
     * The BDNF genotype for a uniform deviate.
     *
     * @param typical the typical patient's genotype, 0 or 1
     * @param u a uniform deviate in [0, 1)
     * @return 1 (a Met carrier) if {@code u < metCarrierProbability}, else {@code typical}, so
     *     that without variability every patient has the typical genotype
     */
    public double carrier(double typical, double u) {
        return u < metCarrierProbability ? 1 : typical;
    }
}
