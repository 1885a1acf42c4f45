package org.plasticitylab.pharmacology;

/**
 * Two-compartment pharmacokinetics with zero-order infusion into the central compartment,
 * solved exactly: over an interval with a constant infusion rate the linear system
 * {@code x' = A x + b} has the solution {@code x(t) = xss + exp(A t) (x0 - xss)}, and
 * {@code exp(A t)} of the 2x2 matrix follows from its two real eigenvalues. So the drug is never
 * integrated with the coarse network step. Amounts are per kg of body weight.
 */
public final class TwoCompartmentPk {
    private final PkParameters p;
    private final double lambda1;
    private final double lambda2;
    private double centralMgPerKg;
    private double peripheralMgPerKg;

    /**
     * A drug-free body.
     *
     * @param parameters volume and rate constants of the drug
     */
    public TwoCompartmentPk(PkParameters parameters) {
        this.p = parameters;
        double a = -(p.k10PerHour() + p.k12PerHour());
        double d = -p.k21PerHour();
        double trace = a + d;
        double det = a * d - p.k12PerHour() * p.k21PerHour();
        double disc = Math.sqrt(trace * trace / 4 - det);
        this.lambda1 = trace / 2 + disc;
        this.lambda2 = trace / 2 - disc;
    }

    /**
     * Advances by {@code hours} while infusing {@code rateMgPerKgPerHour} (0 for none).
     *
     * @param hours length of the interval in hours
     * @param rateMgPerKgPerHour constant infusion rate over the interval, mg/kg per hour
     */
    public void advance(double hours, double rateMgPerKgPerHour) {
        double k10 = p.k10PerHour();
        double k12 = p.k12PerHour();
        double k21 = p.k21PerHour();
        double ss1 = rateMgPerKgPerHour / k10;
        double ss2 = rateMgPerKgPerHour * k12 / (k10 * k21);
        double x1 = centralMgPerKg - ss1;
        double x2 = peripheralMgPerKg - ss2;
        // exp(At) = (e1 (A - l2 I) - e2 (A - l1 I)) / (l1 - l2)
        double e1 = Math.exp(lambda1 * hours);
        double e2 = Math.exp(lambda2 * hours);
        double a11 = -(k10 + k12);
        double a22 = -k21;
        double span = lambda1 - lambda2;
        double m11 = (e1 * (a11 - lambda2) - e2 * (a11 - lambda1)) / span;
        double m12 = (e1 - e2) * k21 / span;
        double m21 = (e1 - e2) * k12 / span;
        double m22 = (e1 * (a22 - lambda2) - e2 * (a22 - lambda1)) / span;
        centralMgPerKg = ss1 + m11 * x1 + m12 * x2;
        peripheralMgPerKg = ss2 + m21 * x1 + m22 * x2;
    }

    /**
     * Plasma (central) concentration in mg/L.
     *
     * @return central amount over central volume, in mg/L
     */
    public double concentrationMgPerL() {
        return centralMgPerKg / p.centralVolumeLPerKg();
    }

    /**
     * Drug amount in the central compartment, mg per kg of body weight.
     *
     * @return the amount in mg/kg
     */
    public double centralMgPerKg() {
        return centralMgPerKg;
    }

    /**
     * Drug amount in the peripheral compartment, mg per kg of body weight.
     *
     * @return the amount in mg/kg
     */
    public double peripheralMgPerKg() {
        return peripheralMgPerKg;
    }

    /**
     * Distribution (fast) half-life in hours, ln 2 over the larger eigenvalue magnitude.
     *
     * @return the half-life in hours
     */
    public double distributionHalfLifeHours() {
        return Math.log(2) / -lambda2;
    }

    /**
     * Terminal elimination half-life in hours, ln 2 over the smaller eigenvalue
     * magnitude.
     *
     * @return the half-life in hours
     */
    public double terminalHalfLifeHours() {
        return Math.log(2) / -lambda1;
    }

    /**
     * Restores a state, e.g. from a checkpoint.
     *
     * @param centralMgPerKg drug amount in the central compartment, mg/kg
     * @param peripheralMgPerKg drug amount in the peripheral compartment, mg/kg
     */
    public void setState(double centralMgPerKg, double peripheralMgPerKg) {
        this.centralMgPerKg = centralMgPerKg;
        this.peripheralMgPerKg = peripheralMgPerKg;
    }
}
