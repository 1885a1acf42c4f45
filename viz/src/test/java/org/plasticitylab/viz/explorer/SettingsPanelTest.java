package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/** The form shows a scenario's dose in its own unit and reads back what it showed. */
class SettingsPanelTest {
    @Test
    void theDoseFieldFollowsTheScenariosDosedTreatment() {
        SettingsPanel panel = new SettingsPanel();
        for (String name : new String[] {"sustain", "ketamine-series", "chronic-stress"}) {
            Scenario s = Presets.get(name);
            panel.show(ExplorerSettings.of(s), DoseSetting.of(s));
            assertThat(panel.read()).as(name).isEqualTo(ExplorerSettings.of(s));
            assertThat(doseLabel(panel)).as(name).isEqualTo(name.equals("sustain")
                    ? "dose (mg)" : "dose (mg/kg)");
        }
    }

    @Test
    void valuesOffTheControlsStepsReadBackUnchangedUntilMoved() {
        Scenario file = Presets.get("ketamine-series").toBuilder().clearStress()
                .stress(0, 84, 0.835).clearTreatments().treatment(new NmdaBlock(3, 40,
                        List.of(42.0, 44.0))).build();
        SettingsPanel panel = new SettingsPanel();
        panel.show(ExplorerSettings.of(file), DoseSetting.of(file));
        ExplorerSettings read = panel.read();
        assertThat(read).isEqualTo(ExplorerSettings.of(file));
        assertThat(read.apply(file)).isEqualTo(file);
    }

    private static String doseLabel(SettingsPanel panel) {
        return Arrays.stream(panel.getComponents()).map(Component.class::cast)
                .filter(c -> c instanceof JLabel l && l.getText().startsWith("dose ("))
                .map(c -> ((JLabel) c).getText()).findFirst().orElseThrow();
    }
}
