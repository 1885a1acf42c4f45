/**
 * Virtual patients: {@link org.plasticitylab.cohort.Cohort} runs one scenario for N patients,
 * each with its own seed and its own log-normal draw of the between-patient parameters of
 * {@link org.plasticitylab.cohort.PatientVariability} (clearance, central volume, NMDA IC50,
 * stress sensitivity, rate of positive experiences), as between-subject variability is modelled
 * in population pharmacology (e.g. Sheiner and Beal's NONMEM approach), so that responders and
 * non-responders emerge as in a trial. {@link org.plasticitylab.cohort.CohortResult} gives the
 * response rate, the relapsed fraction and a {@link org.plasticitylab.cohort.KaplanMeier} curve
 * of staying well after the last dose of the induction course (Kaplan and Meier 1958).
 */
package org.plasticitylab.cohort;
