package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

class SettingsDiffTest {
    private final Scenario preset = Presets.get("ketamine-series-therapy");

    @Test
    void namesEachSettingThatChangedWithItsOldAndNewValue() {
        ExplorerSettings s = ExplorerSettings.of(preset);
        Scenario edited = new ExplorerSettings(s.days(), s.seed(), s.neurons(),
                s.treatmentStartDay(), new ExplorerSettings.Stress(0.31, 0, 84),
                new ExplorerSettings.Doses(0.5, 7, 2.2), s.therapy(), s.ssriLike()).apply(preset);
        assertThat(SettingsDiff.describe(preset, edited))
                .isEqualTo("stress 0.8 \u2192 0.31, doses 6 \u2192 7");
    }

    @Test
    void namesTheDoseInTheUnitOfItsTreatment() {
        Scenario sustain = Presets.get("sustain");
        ExplorerSettings s = ExplorerSettings.of(sustain);
        Scenario edited = new ExplorerSettings(s.days(), s.seed(), s.neurons(),
                s.treatmentStartDay(), s.stress(), new ExplorerSettings.Doses(84,
                        s.doses().count(), s.doses().intervalDays()), s.therapy(), s.ssriLike())
                .apply(sustain);
        assertThat(SettingsDiff.describe(sustain, edited)).isEqualTo("dose 56 mg → 84 mg");
    }

    @Test
    void saysWhenNothingChanged() {
        assertThat(SettingsDiff.describe(preset, preset))
                .isEqualTo("nothing: the same scenario again");
    }
}
