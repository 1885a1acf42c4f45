package org.plasticitylab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;

/** The cohort's figures, from patients whose recovery is given by hand (no runs). */
class CohortResultTest {
    /** Induction doses on days 10 and 12, a booster on day 30: still-well counts from day 12. */
    private static final Scenario SCENARIO = Scenario.builder("plan").days(60)
            .treatment(NmdaBlock.standard(10.0, 12.0, 30.0)).build();

    private static Recovery noResponse() {
        return new Recovery(100, 40, false, Double.NaN, 0.3, 11, 0, Double.NaN, Double.NaN,
                0.2, 0.1);
    }

    private static Recovery response(double relapseDay) {
        return new Recovery(100, 40, true, 11, 0.8, 13, 5, relapseDay, Double.NaN, 0.6, 0.2);
    }

    private static CohortResult cohort(Recovery... recoveries) {
        List<PatientOutcome> patients = new ArrayList<>();
        for (int i = 0; i < recoveries.length; i++) {
            patients.add(new PatientOutcome(VirtualPatient.draw(1, i, ModelParameters.defaults(),
                    PatientVariability.defaults()), recoveries[i]));
        }
        return new CohortResult(SCENARIO, 1, PatientVariability.defaults(), recoveries.length,
                patients);
    }

    @Test
    void ratesCountOverAllPatients() {
        CohortResult c = cohort(noResponse(), response(20), response(Double.NaN), response(11),
                response(40));
        assertThat(c.completed()).isTrue();
        assertThat(c.responders()).isEqualTo(4);
        assertThat(c.relapsed()).isEqualTo(3);
        assertThat(c.responseRate()).isEqualTo(0.8);
        assertThat(c.relapsedFraction()).isEqualTo(0.6);
    }

    /**
     * Responders relapse 8 and 28 days after the last induction dose (day 12), one relapses
     * before it (counted at 0) and one stays well to day 60 (censored at 48): S = 3/4 at 0,
     * 1/2 at 8, so the median is 8 days.
     */
    @Test
    void stillWellCountsFromTheLastInductionDose() {
        CohortResult c = cohort(noResponse(), response(20), response(Double.NaN), response(11),
                response(40));
        assertThat(c.lastInductionDay()).isEqualTo(12);
        KaplanMeier km = c.stillWell();
        assertThat(km.subjects()).isEqualTo(4);
        assertThat(km.steps()).extracting(KaplanMeier.Step::time).containsExactly(0.0, 8.0, 28.0);
        assertThat(km.survivalAt(8)).isCloseTo(0.5, within(1e-12));
        assertThat(km.censoredTimes()).containsExactly(48);
        assertThat(c.medianDaysToRelapse()).hasValue(8);
    }

    @Test
    void theMedianIsEmptyWhenFewerThanHalfOfTheRespondersRelapse() {
        CohortResult c = cohort(response(20), response(Double.NaN), response(Double.NaN),
                noResponse());
        assertThat(c.medianDaysToRelapse()).isEmpty();
        assertThat(c.relapsedFraction()).isEqualTo(0.25);
    }

    @Test
    void aPartialCohortIsNotCompleted() {
        CohortResult c = new CohortResult(SCENARIO, 1, PatientVariability.defaults(), 3,
                cohort(response(20)).patients());
        assertThat(c.completed()).isFalse();
        assertThat(c.responseRate()).isEqualTo(1);
    }
}
