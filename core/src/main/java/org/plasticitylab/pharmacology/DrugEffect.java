package org.plasticitylab.pharmacology;

/**
 * The combined effect of every exposure over a step or at a moment, summed as each exposure
 * adds its part. Two NMDA blockers block independently, so their occupancies combine as
 * {@code 1 - (1 - a)(1 - b)}; concentrations add (the series' drug column is all NMDA blocker in
 * plasma); of several monoaminergic courses the highest level counts. Mutable and reused: a step
 * must not allocate.
 */
public final class DrugEffect {
    private double occupancy;
    private double monoaminergic;
    private double concentrationMgPerL;

    /** Back to no drug at all. */
    public void clear() {
        occupancy = 0;
        monoaminergic = 0;
        concentrationMgPerL = 0;
    }

    /**
     * Adds an NMDA blocker's occupancy; with nothing added before, the result is exactly it.
     *
     * @param value its occupancy, 0..1
     */
    public void addOccupancy(double value) {
        occupancy = occupancy + value - occupancy * value;
    }

    /**
     * Adds a monoaminergic course's level.
     *
     * @param level 0 or 1
     */
    public void addMonoaminergic(double level) {
        monoaminergic = Math.max(monoaminergic, level);
    }

    /**
     * Adds an NMDA blocker's plasma concentration.
     *
     * @param mgPerL its concentration, mg/L
     */
    public void addConcentration(double mgPerL) {
        concentrationMgPerL += mgPerL;
    }

    /**
     * The combined NMDA-receptor occupancy.
     *
     * @return 0..1
     */
    public double occupancy() {
        return occupancy;
    }

    /**
     * The monoaminergic level.
     *
     * @return 0 or 1
     */
    public double monoaminergic() {
        return monoaminergic;
    }

    /**
     * The NMDA blockers' plasma concentration.
     *
     * @return mg/L
     */
    public double concentrationMgPerL() {
        return concentrationMgPerL;
    }
}
