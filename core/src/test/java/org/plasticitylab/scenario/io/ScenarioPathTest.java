package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

class ScenarioPathTest {
    private final Scenario single = Presets.get("ketamine-single");

    @Test
    void replacesValuesAddressedByFilePaths() {
        assertThat(ScenarioFiles.with(single, "stress[0].level", 0.5).stress().get(0).level())
                .isEqualTo(0.5);
        assertThat(((NmdaBlock) ScenarioFiles.with(single, "treatments[0].dose_mg_per_kg", 1)
                .treatments().get(0)).doseMgPerKg()).isEqualTo(1.0);
        assertThat(ScenarioFiles.with(single, "model.plasticity.tau_boost_hours", 48).model()
                .plasticity().tauBoostHours()).isEqualTo(48.0);
        assertThat(ScenarioFiles.with(single, "network.neurons", 200).network().neurons())
                .isEqualTo(200);
        assertThat(ScenarioFiles.with(single, "model.plasticity.bdnf_met_carrier", 1).model()
                .plasticity().effectiveBoostGainPerHour()).isZero();
    }

    @Test
    void unknownKeysSuggestTheClosest() {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.with(single, "model.plasticity.tau_boost", 48));
        assertThat(e.problems().get(0).message()).contains("did you mean \"tau_boost_hours\"?");
    }

    @Test
    void missingIndicesAndInvalidValuesAreProblems() {
        assertThat(catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.with(single, "stress[3].level", 0.5)).getMessage())
                .contains("stress has 1 entries");
        assertThat(catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.with(single, "stress[0].level", 1.5)).getMessage())
                .contains("stress[0].level: must be in [0.0, 1.0], was 1.5");
        assertThat(catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.with(single, "network.neurons", 201)).getMessage())
                .contains("multiple of 4");
        assertThat(catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.with(single, "model.plasticity.bdnf_met_carrier", 0.5))
                .getMessage()).contains("model.plasticity.bdnf_met_carrier: must be 0 or 1");
    }
}
