package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioWithDaysTest {
    @Test
    void shorteningCutsPeriodsAndDropsLaterEvents() {
        Scenario s = Presets.get("ketamine-series-therapy").withDays(47);
        assertThat(s.days()).isEqualTo(47);
        assertThat(s.stress()).containsExactly(new StressPeriod(0, 47, 0.8));
        assertThat(((NmdaBlock) s.treatments().get(0)).days()).containsExactly(42.0, 44.0, 46.0);
        assertThat(s.therapy()).containsExactly(new TherapySchedule(42, 2, 3, 2));
    }

    @Test
    void eventsEntirelyAfterTheEndAreLeftOut() {
        Scenario s = Presets.get("ketamine-series-therapy").withDays(30);
        assertThat(s.treatments()).isEmpty();
        assertThat(s.therapy()).isEmpty();
        assertThat(Presets.get("ssri-like").withDays(50).treatments())
                .containsExactly(new Monoaminergic(42, 50));
    }

    @Test
    void lengtheningKeepsEverything() {
        Scenario s = Presets.get("ketamine-single").withDays(100);
        assertThat(s.days()).isEqualTo(100);
        assertThat(s.treatments()).isEqualTo(Presets.get("ketamine-single").treatments());
        assertThat(s.stress()).isEqualTo(Presets.get("ketamine-single").stress());
    }
}
