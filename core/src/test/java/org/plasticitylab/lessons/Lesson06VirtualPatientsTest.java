package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.PatientOutcome;
import org.plasticitylab.cohort.PatientParameter;
import org.plasticitylab.sim.CohortRuns;

/**
 * The claims of docs/lessons/06-virtual-patients/README.md, "Things to notice": the cohorts of
 * {@code plasticity cohort ketamine-series ketamine-series-therapy maintenance --patients 100}
 * (base seed 42, the presets' seed), each run once per test JVM and shared with target 17.
 */
class Lesson06VirtualPatientsTest {
    private static final int PATIENTS = CohortRuns.PATIENTS;
    private static final String SERIES = "ketamine-series";
    private static final String SERIES_THERAPY = "ketamine-series-therapy";
    private static final String MAINTENANCE = "maintenance";
    /** Days from the last induction dose (day 53) to the end of the 84-day presets. */
    private static final double FOLLOW_UP_84 = 84 - 53;

    @BeforeAll
    static void startCohorts() {
        // the longest (maintenance) first
        CohortRuns.prefetch(MAINTENANCE, SERIES, SERIES_THERAPY);
    }

    private static CohortResult cohort(String plan) {
        return CohortRuns.of(plan);
    }

    @Test
    @DisplayName("Most virtual patients respond to the series, but not all: 83 of 100, more than"
            + " in the clinic")
    void mostRespondToTheSeries() {
        CohortResult c = cohort(SERIES);
        assertThat(c.patients()).hasSize(PATIENTS);
        assertThat(c.responders()).isEqualTo(83);
        long byDay45 = c.patients().stream().filter(p -> p.recovery().responded()
                && p.recovery().responseDay() <= 45).count();
        assertThat(2 * byDay45).as("responders by day 45, twice").isGreaterThanOrEqualTo(83);
    }

    @Test
    @DisplayName("Every non-responder to the series carries the BDNF Met allele, is more"
            + " sensitive to stress than the typical patient, or is hardly depressed to begin"
            + " with")
    void nonRespondersAreMetCarriersOrStressSensitive() {
        List<PatientOutcome> nonResponders = cohort(SERIES).patients().stream()
                .filter(p -> !p.recovery().responded()).toList();
        List<PatientOutcome> carriers = nonResponders.stream().filter(p -> p.patient()
                .parameters().value(PatientParameter.BDNF_MET_CARRIER) == 1).toList();
        assertThat(carriers).hasSize(10);
        assertThat(cohort(SERIES).patients().stream().filter(p -> p.patient().parameters()
                .value(PatientParameter.BDNF_MET_CARRIER) == 1)).hasSize(20);
        for (PatientOutcome p : nonResponders) {
            boolean stressSensitive = p.patient().parameters()
                    .value(PatientParameter.STRESS_SENSITIVITY) > 1;
            boolean hardlyDepressed = p.recovery().preMood() >= 60;
            assertThat(carriers.contains(p) || stressSensitive || hardlyDepressed)
                    .as("patient " + (p.patient().index() + 1)).isTrue();
        }
    }

    @Test
    @DisplayName("A third of the virtual patients are hardly depressed when treatment starts: 34"
            + " of 100 have a mood index of 60 or more on day 42")
    void aThirdAreHardlyDepressed() {
        long hardly = cohort(SERIES).patients().stream()
                .filter(p -> p.recovery().preMood() >= 60).count();
        assertThat(hardly).isEqualTo(34);
        List<PatientOutcome> depressed = cohort(SERIES).patients().stream()
                .filter(p -> p.recovery().preMood() < 60).toList();
        assertThat(depressed.stream().filter(p -> p.recovery().responded()).count())
                .isEqualTo(57);
    }

    @Test
    @DisplayName("The series' responders relapse after a median of 11 days, and only 8 % are"
            + " still well 31 days after the last dose")
    void theSeriesRelapsesWithinWeeks() {
        CohortResult c = cohort(SERIES);
        assertThat(c.medianDaysToRelapse()).hasValue(11);
        assertThat(c.relapsed()).isEqualTo(76);
        assertThat(relapsesBy(c, 84)).isEqualTo(76);
        assertThat(c.stillWell().survivalAt(FOLLOW_UP_84)).isCloseTo(0.08, offset(0.005));
    }

    @Test
    @DisplayName("With therapy 93 of 100 respond and 60 % of them are still well when the run"
            + " ends, 31 days after the last dose: the median is not reached")
    void therapyKeepsMostWell() {
        CohortResult c = cohort(SERIES_THERAPY);
        assertThat(c.responders()).isEqualTo(93);
        assertThat(c.stillWell().survivalAt(FOLLOW_UP_84)).isCloseTo(0.60, offset(0.005));
        assertThat(c.medianDaysToRelapse()).isEmpty();
    }

    @Test
    @DisplayName("Maintenance keeps 83 % of the responders well to the end of week 26; on day 84"
            + " it has 12 relapses where series + therapy has 37")
    void maintenanceKeepsMostWellToTheEnd() {
        CohortResult c = cohort(MAINTENANCE);
        assertThat(c.responders()).isEqualTo(93);
        assertThat(c.relapsed()).isEqualTo(16);
        assertThat(c.stillWell().survivalAt(c.scenario().days() - c.lastInductionDay()))
                .isCloseTo(0.83, offset(0.005));
        assertThat(relapsesBy(c, 84)).isEqualTo(12);
        assertThat(relapsesBy(cohort(SERIES_THERAPY), 84)).isEqualTo(37);
        // the same patients: whoever relapses by day 84 with maintenance does so without it too
        Set<Integer> without = relapsedBy(cohort(SERIES_THERAPY), 84);
        assertThat(without).containsAll(relapsedBy(c, 84));
    }

    private static Set<Integer> relapsedBy(CohortResult c, double day) {
        return c.patients().stream().filter(p -> p.recovery().relapsed()
                && p.recovery().relapseDay() <= day).map(p -> p.patient().index())
                .collect(Collectors.toSet());
    }

    private static long relapsesBy(CohortResult c, double day) {
        return c.patients().stream().filter(p -> p.recovery().relapsed()
                && p.recovery().relapseDay() <= day).count();
    }
}
