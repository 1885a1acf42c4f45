package org.plasticitylab.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

class TwoCompartmentPkTest {
    private static final PkParameters KETAMINE = PkParameters.ketamine();
    private static final double INFUSION_H = 40.0 / 60;
    private static final double RATE = 0.5 / INFUSION_H;

    @Test
    void terminalHalfLifeIsAboutTwoAndAHalfHours() {
        assertThat(new TwoCompartmentPk(KETAMINE).terminalHalfLifeHours()).isBetween(2.2, 2.8);
    }

    @Test
    void distributionHalfLifeIsAFewMinutes() {
        double minutes = new TwoCompartmentPk(KETAMINE).distributionHalfLifeHours() * 60;
        assertThat(minutes).isBetween(8.0, 16.0);
    }

    @Test
    void standardInfusionPeaksAtItsEndNearPointTwoOneMgPerL() {
        TwoCompartmentPk pk = new TwoCompartmentPk(KETAMINE);
        double peak = 0;
        double peakAt = 0;
        for (int minute = 1; minute <= 180; minute++) {
            double rate = minute <= 40 ? RATE : 0;
            pk.advance(1.0 / 60, rate);
            if (pk.concentrationMgPerL() > peak) {
                peak = pk.concentrationMgPerL();
                peakAt = minute;
            }
        }
        assertThat(peakAt).isEqualTo(40);
        assertThat(peak).isCloseTo(0.21, within(0.02));
    }

    @Test
    void exactSolutionMatchesAHighOrderNumericalIntegration() {
        double[] numeric = integrateNumerically(INFUSION_H, RATE, new double[] {0, 0});
        numeric = integrateNumerically(3, 0, numeric);
        TwoCompartmentPk pk = new TwoCompartmentPk(KETAMINE);
        pk.advance(INFUSION_H, RATE);
        pk.advance(3, 0);
        assertThat(pk.centralMgPerKg()).isCloseTo(numeric[0], within(1e-9));
        assertThat(pk.peripheralMgPerKg()).isCloseTo(numeric[1], within(1e-9));
    }

    @Test
    void massIsConservedInfusedEqualsPresentPlusEliminated() {
        TwoCompartmentPk pk = new TwoCompartmentPk(KETAMINE);
        double eliminated = 0;
        double h = 1e-4;
        for (double t = 0; t < 6; t += h) {
            double before = pk.centralMgPerKg();
            pk.advance(h, t < INFUSION_H ? RATE : 0);
            eliminated += KETAMINE.k10PerHour() * 0.5 * (before + pk.centralMgPerKg()) * h;
        }
        double present = pk.centralMgPerKg() + pk.peripheralMgPerKg();
        assertThat(present + eliminated).isCloseTo(0.5, within(1e-4));
    }

    @Test
    void concentrationFallsByHalfEveryTerminalHalfLifeLate() {
        TwoCompartmentPk pk = new TwoCompartmentPk(KETAMINE);
        pk.advance(INFUSION_H, RATE);
        pk.advance(6, 0);
        double c6 = pk.concentrationMgPerL();
        pk.advance(pk.terminalHalfLifeHours(), 0);
        assertThat(pk.concentrationMgPerL() / c6).isCloseTo(0.5, within(1e-3));
    }

    private static double[] integrateNumerically(double hours, double rate, double[] start) {
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] dy) {
                dy[0] = rate - (KETAMINE.k10PerHour() + KETAMINE.k12PerHour()) * y[0]
                        + KETAMINE.k21PerHour() * y[1];
                dy[1] = KETAMINE.k12PerHour() * y[0] - KETAMINE.k21PerHour() * y[1];
            }
        };
        double[] y = start.clone();
        new DormandPrince853Integrator(1e-8, 0.1, 1e-13, 1e-13).integrate(ode, 0, y, hours, y);
        return y;
    }
}
