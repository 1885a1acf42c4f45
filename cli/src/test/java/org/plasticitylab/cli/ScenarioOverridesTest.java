package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;

class ScenarioOverridesTest {
    @Test
    void fewerDaysCutTheTimelineAtTheNewEnd() {
        Scenario s = ScenarioOverrides.withDays(Presets.get("ketamine-series-therapy"), 45);
        assertThat(s.days()).isEqualTo(45);
        assertThat(s.stress()).containsExactly(new StressPeriod(0, 45, 0.8));
        assertThat(s.treatments()).containsExactly(new NmdaBlock(0.5, 40, List.of(42.0, 44.0)));
        assertThat(s.therapy()).containsExactly(new TherapySchedule(42, 2, 2, 2));
    }

    @Test
    void eventsAfterTheNewEndAreLeftOut() {
        Scenario s = ScenarioOverrides.withDays(Presets.get("ssri-like"), 10);
        assertThat(s.treatments()).isEmpty();
        assertThat(ScenarioOverrides.withDays(Presets.get("ssri-like"), 50).treatments())
                .containsExactly(new Monoaminergic(42, 50));
    }

    @Test
    void moreDaysKeepEverything() {
        Scenario s = ScenarioOverrides.withDays(Presets.get("maintenance"), 200);
        assertThat(s.toBuilder().days(126).build()).isEqualTo(Presets.get("maintenance"));
    }
}
