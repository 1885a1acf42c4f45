package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

class ScenarioEventsTest {
    private final Scenario seriesTherapy = Presets.get("ketamine-series-therapy");

    @Test
    void doseDaysListEveryInfusionInOrder() {
        assertThat(ScenarioEvents.doseDays(seriesTherapy)).isEqualTo(Presets.SERIES_DAYS);
    }

    @Test
    void everyDrugsDosesAreMarked() {
        Scenario sustain = Presets.get("sustain");
        assertThat(ScenarioEvents.doseDays(sustain))
                .isEqualTo(((EsketamineNasal) sustain.treatments().get(0)).days())
                .hasSize(18);
        assertThat(ScenarioEvents.lastTreatmentDay(sustain)).hasValue(179 + 2 / 24.0);
    }

    @Test
    void therapySessionsLastTheirDuration() {
        var sessions = ScenarioEvents.therapySessions(seriesTherapy);
        assertThat(sessions).hasSize(7);
        assertThat(sessions.get(0)).isEqualTo(new DayInterval(42, 42 + 2 / 24.0));
        assertThat(sessions.get(6).fromDay()).isEqualTo(54);
    }

    @Test
    void firstTreatmentDayIsEmptyWithoutTreatment() {
        assertThat(ScenarioEvents.firstTreatmentDay(Presets.get("chronic-stress"))).isEmpty();
        assertThat(ScenarioEvents.firstTreatmentDay(seriesTherapy)).hasValue(42);
        assertThat(ScenarioEvents.courses(Presets.get("ssri-like")))
                .containsExactly(new DayInterval(42, 84));
    }
}
