package org.plasticitylab.pharmacology;

/** Receptor occupancy by a Hill curve of coefficient 1. */
public final class Occupancy {
    private Occupancy() {
    }

    /** Fraction of NMDA receptors blocked at plasma concentration {@code c}, in [0, 1). */
    public static double hill(double concentrationMgPerL, double ic50MgPerL) {
        double c = Math.max(0, concentrationMgPerL);
        return c / (c + ic50MgPerL);
    }
}
