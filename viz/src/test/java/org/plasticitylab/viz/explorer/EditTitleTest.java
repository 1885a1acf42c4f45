package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.SessionChange;

class EditTitleTest {
    private static final Scenario PRESET = Presets.get("ketamine-series-therapy");

    @Test
    void anUneditedRunIsTitledWithItsNameAndDescription() {
        assertThat(EditTitle.title(PRESET, List.of(), List.of())).isEqualTo(PRESET.name());
        assertThat(EditTitle.subtitle(PRESET, false)).isEqualTo(PRESET.description());
    }

    @Test
    void theTitleNamesEachEditWithItsDay() {
        String title = EditTitle.title(PRESET, List.of(), List.of(
                new SessionChange(23.5, "dose"), new SessionChange(30, "stress 0.3 from now")));
        assertThat(title).isEqualTo(
                "ketamine-series-therapy (edited: dose on day 23.5, stress 0.3 from day 30)");
        assertThat(EditTitle.subtitle(PRESET, true)).startsWith("started as: ");
    }

    @Test
    void manyEditsNameTheLastFewAndCountTheRest() {
        String title = EditTitle.title(PRESET, List.of("stress 0.5 throughout"), List.of(
                new SessionChange(1, "dose"), new SessionChange(2, "dose"),
                new SessionChange(3, "therapy session")));
        assertThat(title).isEqualTo("ketamine-series-therapy (edited: 1 more, dose on day 1,"
                + " dose on day 2, therapy session on day 3)");
    }
}
