package org.plasticitylab.cohort;

import org.plasticitylab.internal.Checks;
import org.plasticitylab.random.RandomStream;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;

/**
 * One patient of a cohort before it is run: its number, its seed and its draw of the varied
 * parameters.
 *
 * <p>Patient {@code index} of a cohort with base seed {@code S} has a random stream of its own,
 * keyed by {@code (S, }{@value #STREAM}{@code  + index)} (the SplitMix64 generator every stream
 * of the model uses). Its first 64 bits, shifted right by one so the seed is never negative,
 * are the patient's seed; then one standard normal deviate per log-normal
 * {@link PatientParameter}, in the order of that enum, and last one uniform deviate for the
 * BDNF genotype give the parameters (a trait added later draws after the others, so the
 * patients' earlier draws stay what they were). So a patient depends only on the base seed, its
 * index, the typical model and the variability: never on the other patients, how many there
 * are or the number of threads.
 *
 * @param index position in the cohort, from 0
 * @param seed seed of the patient's run
 * @param parameters the patient's values of the varied parameters
 */
public record VirtualPatient(int index, long seed, PatientParameters parameters) {
    /** Offset of the patients' stream numbers, apart from the streams of a run (1 to 4). */
    public static final long STREAM = 1L << 32;

    /**
     * Validates the patient; throws IllegalArgumentException naming a bad value.
     *
     * @param index position in the cohort, at least 0
     * @param seed seed of the patient's run
     * @param parameters the patient's parameters, not null
     */
    public VirtualPatient {
        Checks.atLeast("index", index, 0);
        Checks.notNull("parameters", parameters);
    }

    /**
     * Draws patient {@code index} of a cohort.
     *
     * @param baseSeed the cohort's base seed
     * @param index the patient's position, from 0
     * @param typical the model parameters of the typical patient (the medians)
     * @param variability the CV of each varied parameter
     * @return the patient
     */
    public static VirtualPatient draw(long baseSeed, int index, ModelParameters typical,
            PatientVariability variability) {
        Checks.atLeast("index", index, 0);
        RandomStream rng = new RandomStream(baseSeed, STREAM + index);
        long seed = rng.nextLong() >>> 1;
        PatientParameter[] all = PatientParameter.values();
        double[] values = new double[all.length];
        for (PatientParameter p : all) {
            double median = p.typical(typical);
            values[p.ordinal()] = p.bernoulli() ? variability.carrier(median, rng.nextDouble())
                    : variability.value(p, median, rng.nextGaussian());
        }
        // The enum lists the parameters in the order of the record's components.
        return new VirtualPatient(index, seed, new PatientParameters(values[0], values[1],
                values[2], values[3], values[4], values[5]));
    }

    /**
     * What this patient runs: the cohort's scenario with the patient's seed and parameters.
     *
     * @param scenario the cohort's scenario (the typical patient)
     * @return the patient's scenario
     */
    public Scenario scenario(Scenario scenario) {
        return scenario.toBuilder().seed(seed).model(parameters.applyTo(scenario.model())).build();
    }
}
