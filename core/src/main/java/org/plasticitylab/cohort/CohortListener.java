package org.plasticitylab.cohort;

/**
 * Told about each patient as its run finishes, for progress and for saving partial results.
 * Calls come from the cohort's worker threads, one at a time (never two at once), in the order
 * the runs finish, which depends on the threads; the cohort's result does not. A listener that
 * throws stops the cohort with that exception.
 */
@FunctionalInterface
public interface CohortListener {
    /**
     * Called once per patient run in this call of {@link Cohort#run()} (not for patients given
     * as already done).
     *
     * @param outcome the patient's outcome
     * @param finished patients finished so far, those given as already done included
     * @param total patients of the cohort
     * @throws Exception to stop the cohort
     */
    void finished(PatientOutcome outcome, int finished, int total) throws Exception;
}
