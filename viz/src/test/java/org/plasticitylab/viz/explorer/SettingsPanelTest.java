package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.Arrays;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.DoseSetting;
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

    private static String doseLabel(SettingsPanel panel) {
        return Arrays.stream(panel.getComponents()).map(Component.class::cast)
                .filter(c -> c instanceof JLabel l && l.getText().startsWith("dose ("))
                .map(c -> ((JLabel) c).getText()).findFirst().orElseThrow();
    }
}
