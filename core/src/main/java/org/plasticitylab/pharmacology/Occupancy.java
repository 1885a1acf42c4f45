package org.plasticitylab.pharmacology;

/** Receptor occupancy by a Hill curve of coefficient 1. */
public final class Occupancy {
    private Occupancy() {
    }

    /**
     * Fraction of NMDA receptors blocked at plasma concentration {@code c}, in [0, 1):
     * {@code c / (c + ic50)}, with a negative concentration counted as 0.
     *
     * @param concentrationMgPerL plasma concentration {@code c} in mg/L
     * @param ic50MgPerL concentration in mg/L at which half the receptors are blocked
     * @return the occupancy
     */
    public static double hill(double concentrationMgPerL, double ic50MgPerL) {
        double c = Math.max(0, concentrationMgPerL);
        return c / (c + ic50MgPerL);
    }
}
