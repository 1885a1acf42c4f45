/**
 * Drugs: an exactly solved two-compartment pharmacokinetic model of a ketamine-like NMDA
 * blocker (0.5 mg/kg over 40 minutes, Berman et al. 2000; kinetics after Clements and Nimmo
 * 1981 and the review of Zanos et al. 2018) and Hill receptor occupancy.
 */
package org.plasticitylab.pharmacology;
