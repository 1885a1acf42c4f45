package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.cohort.Cohort;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.PatientOutcome;
import org.plasticitylab.cohort.PatientParameter;
import org.plasticitylab.scenario.Presets;

/**
 * The claims of docs/lessons/06-virtual-patients/README.md, "Things to notice": the cohorts of
 * {@code plasticity cohort ketamine-series ketamine-series-therapy maintenance --patients 100}
 * (base seed 42, the presets' seed), each run once per test JVM.
 */
class Lesson06VirtualPatientsTest {
    private static final int PATIENTS = 100;
    private static final String SERIES = "ketamine-series";
    private static final String SERIES_THERAPY = "ketamine-series-therapy";
    private static final String MAINTENANCE = "maintenance";
    /** Days from the last induction dose (day 53) to the end of the 84-day presets. */
    private static final double FOLLOW_UP_84 = 84 - 53;
    private static final Map<String, CompletableFuture<CohortResult>> COHORTS =
            new ConcurrentHashMap<>();

    @BeforeAll
    static void startCohorts() {
        // one after the other, each on every core: the longest (maintenance) first
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (String plan : List.of(MAINTENANCE, SERIES, SERIES_THERAPY)) {
            CompletableFuture<Void> before = chain;
            CompletableFuture<CohortResult> cohort = before.thenApplyAsync(
                    x -> Cohort.run(Presets.get(plan), PATIENTS));
            COHORTS.put(plan, cohort);
            chain = cohort.thenAccept(x -> { });
        }
    }

    private static CohortResult cohort(String plan) {
        return COHORTS.get(plan).join();
    }

    @Test
    @DisplayName("Most virtual patients respond to the series, but not all: 93 of 100, more than"
            + " in the clinic")
    void mostRespondToTheSeries() {
        CohortResult c = cohort(SERIES);
        assertThat(c.patients()).hasSize(PATIENTS);
        assertThat(c.responders()).isEqualTo(93);
        long byDay44 = c.patients().stream().filter(p -> p.recovery().responded()
                && p.recovery().responseDay() <= 44).count();
        assertThat(2 * byDay44).as("responders by day 44, twice").isGreaterThanOrEqualTo(93);
    }

    @Test
    @DisplayName("Every non-responder to the series is more sensitive to stress than the typical"
            + " patient")
    void nonRespondersAreStressSensitive() {
        List<PatientOutcome> nonResponders = cohort(SERIES).patients().stream()
                .filter(p -> !p.recovery().responded()).toList();
        assertThat(nonResponders).isNotEmpty();
        for (PatientOutcome p : nonResponders) {
            assertThat(p.patient().parameters().value(PatientParameter.STRESS_SENSITIVITY))
                    .as("patient " + (p.patient().index() + 1)).isGreaterThan(1);
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
                .isEqualTo(60);
    }

    @Test
    @DisplayName("The series' responders relapse after a median of 11 days, and only 11 % are"
            + " still well 31 days after the last dose")
    void theSeriesRelapsesWithinWeeks() {
        CohortResult c = cohort(SERIES);
        assertThat(c.medianDaysToRelapse()).hasValue(11);
        assertThat(c.relapsed()).isEqualTo(83);
        assertThat(relapsesBy(c, 84)).isEqualTo(83);
        assertThat(c.stillWell().survivalAt(FOLLOW_UP_84)).isCloseTo(0.11, offset(0.005));
    }

    @Test
    @DisplayName("With therapy every patient responds and 71 % are still well when the run ends,"
            + " 31 days after the last dose: the median is not reached")
    void therapyKeepsMostWell() {
        CohortResult c = cohort(SERIES_THERAPY);
        assertThat(c.responders()).isEqualTo(PATIENTS);
        assertThat(c.stillWell().survivalAt(FOLLOW_UP_84)).isCloseTo(0.71, offset(0.005));
        assertThat(c.medianDaysToRelapse()).isEmpty();
    }

    @Test
    @DisplayName("Maintenance keeps 87 % of the responders well to the end of week 26; on day 84"
            + " it has 6 relapses where series + therapy has 29")
    void maintenanceKeepsMostWellToTheEnd() {
        CohortResult c = cohort(MAINTENANCE);
        assertThat(c.responders()).isEqualTo(PATIENTS);
        assertThat(c.relapsed()).isEqualTo(13);
        assertThat(c.stillWell().survivalAt(c.scenario().days() - c.lastInductionDay()))
                .isCloseTo(0.87, offset(0.005));
        assertThat(relapsesBy(c, 84)).isEqualTo(6);
        assertThat(relapsesBy(cohort(SERIES_THERAPY), 84)).isEqualTo(29);
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
