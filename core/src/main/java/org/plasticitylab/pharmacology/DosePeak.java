package org.plasticitylab.pharmacology;

/**
 * The moment a dose's plasma concentration peaks: an infusion's end, or a nasal dose's
 * absorption peak.
 *
 * @param timeHours the moment, in hours from day 0
 * @param concentrationMgPerL the plasma concentration then, in mg/L
 * @param occupancy the NMDA-receptor occupancy then
 */
public record DosePeak(double timeHours, double concentrationMgPerL, double occupancy) {
}
