package org.plasticitylab.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plasticitylab.sim.CohortRuns;

/**
 * Target 17 of MODEL.md, virtual patients: with 100 patients (base seed 42, default
 * variability) the {@code ketamine-series} cohort has a response rate of 55-85 % and a median
 * of 10-30 days to relapse; {@code ketamine-series-therapy} has a median at least twice that
 * (or not reached); the maintenance cohort's relapsed fraction at the end is at most 0.6 times
 * that of the same cohort without maintenance.
 */
class Target17Test {
    @BeforeAll
    static void startCohorts() {
        CohortRuns.prefetch("ketamine-series", "ketamine-series-therapy", "maintenance",
                CohortRuns.WITHOUT_MAINTENANCE);
    }

    @Test
    void theSeriesRespondsInMostButNotAllAndRelapsesWithinWeeks() {
        CohortResult series = CohortRuns.of("ketamine-series");
        assertThat(series.patients()).hasSize(CohortRuns.PATIENTS);
        assertThat(series.responseRate()).as("response rate").isBetween(0.55, 0.85);
        assertThat(series.medianDaysToRelapse()).as("median days to relapse").isPresent();
        assertThat(series.medianDaysToRelapse().getAsDouble()).as("median days to relapse")
                .isBetween(10.0, 30.0);
    }

    @Test
    void therapyAtLeastDoublesTheMedian() {
        double series = CohortRuns.of("ketamine-series").medianDaysToRelapse().orElseThrow();
        CohortRuns.of("ketamine-series-therapy").medianDaysToRelapse().ifPresent(median ->
                assertThat(median).as("series + therapy median").isGreaterThanOrEqualTo(
                        2 * series));
    }

    @Test
    void maintenanceAtLeastCutsTheRelapsedFractionByFourTenths() {
        CohortResult maintenance = CohortRuns.of("maintenance");
        CohortResult without = CohortRuns.withoutMaintenance();
        assertThat(without.scenario().days()).isEqualTo(maintenance.scenario().days());
        assertThat(without.relapsedFraction()).as("relapsed without maintenance").isPositive();
        assertThat(maintenance.relapsedFraction() / without.relapsedFraction())
                .as("relapsed fraction, maintenance / without").isLessThanOrEqualTo(0.6);
    }
}
