package org.plasticitylab.cohort;

import org.plasticitylab.internal.Checks;
import org.plasticitylab.metrics.Recovery;

/**
 * What happened to one virtual patient: the patient and the clinical time course of its run.
 * Only these figures are kept, not the run's time series, so a large cohort fits in memory.
 *
 * @param patient the patient: index, seed and parameters
 * @param recovery response and relapse read off the patient's run
 */
public record PatientOutcome(VirtualPatient patient, Recovery recovery) {
    /**
     * Requires both parts; throws IllegalArgumentException naming a missing one.
     *
     * @param patient the patient, not null
     * @param recovery the recovery figures, not null
     */
    public PatientOutcome {
        Checks.notNull("patient", patient);
        Checks.notNull("recovery", recovery);
    }
}
