package org.plasticitylab.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.pharmacology.NmdaBlockExposure.Infusion;

class NmdaBlockExposureTest {
    private static final List<Infusion> ONE_DOSE = List.of(new Infusion(10, 40.0 / 60, 0.5));

    @Test
    void noDrugMeansNoOccupancy() {
        NmdaBlockExposure e = new NmdaBlockExposure(PkParameters.ketamine(), List.of(), 0);
        assertThat(e.advanceTo(100)).isZero();
        assertThat(e.concentrationMgPerL()).isZero();
    }

    @Test
    void occupancyPeaksNearPointSixFourAtTheEndOfTheInfusion() {
        NmdaBlockExposure e = new NmdaBlockExposure(PkParameters.ketamine(), ONE_DOSE, 0);
        e.advanceTo(10 + 40.0 / 60);
        assertThat(e.occupancy()).isCloseTo(0.64, within(0.03));
    }

    @Test
    void stepMeanOccupancyBarelyDependsOnTheNetworkStep() {
        double fine = meanOccupancy(1.0 / 60);
        double coarse = meanOccupancy(1.0);
        assertThat(coarse).isCloseTo(fine, within(1e-4));
    }

    @Test
    void stepStartingMidInfusionSeesTheInfusion() {
        NmdaBlockExposure e = new NmdaBlockExposure(PkParameters.ketamine(), ONE_DOSE, 0);
        e.advanceTo(10.25);
        assertThat(e.concentrationMgPerL()).isPositive();
    }

    /** Mean occupancy over 24 h after the dose, from steps of the given size. */
    private static double meanOccupancy(double stepHours) {
        NmdaBlockExposure e = new NmdaBlockExposure(PkParameters.ketamine(), ONE_DOSE, 0);
        e.advanceTo(10);
        double sum = 0;
        int steps = (int) Math.round(24 / stepHours);
        for (int i = 1; i <= steps; i++) {
            sum += e.advanceTo(10 + i * stepHours) * stepHours;
        }
        return sum / 24;
    }
}
