package org.plasticitylab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.sim.LiveSession;

/** The page's YAML against core's reader and writer (Jackson), which the browser cannot run. */
class ScenarioYamlTest {
    /** The example of ARCHITECTURE.md: flow collections, a dose schedule, comments. */
    private static final String HAND_WRITTEN = """
            name: ketamine-series-therapy
            description: Six NMDA-block doses over two weeks with therapy every other day.
            days: 84
            seed: 42
            dt_hours: 0.25
            network: { neurons: 400, candidate_synapses_per_neuron: 80 }
            stress:
              - { from_day: 0, to_day: 84, level: 0.8 }
            treatments:
              - type: nmda-block
                dose_mg_per_kg: 0.5
                infusion_minutes: 40
                days: [42, 44, 46, 49, 51, 53]          # or a schedule
              - type: nmda-block
                schedule: { first_day: 60, every_days: 2.5, count: 3 }
              - type: monoaminergic
                from_day: 42
                to_day: 84
            therapy:
            - { first_day: 42, every_days: 2, count: 7, duration_hours: 2 }
            """;

    @Test
    void everyPresetIsWrittenByteForByteAsTheCliShowsIt() {
        for (String name : Presets.names()) {
            Scenario preset = Presets.get(name);
            assertThat(ScenarioYaml.write(preset)).as(name).isEqualTo(
                    ScenarioFiles.write(preset, ScenarioFormat.YAML, ModelDetail.CHANGES));
        }
    }

    @Test
    void everyPresetReadsBackAsItselfWithBothReaders() {
        for (String name : Presets.names()) {
            Scenario preset = Presets.get(name);
            String cli = ScenarioFiles.write(preset, ScenarioFormat.YAML, ModelDetail.CHANGES);
            assertThat(ScenarioYaml.read(cli)).as(name).isEqualTo(preset);
            assertThat(ScenarioFiles.parse(ScenarioYaml.write(preset), ScenarioFormat.YAML,
                    name)).as(name).isEqualTo(preset);
        }
    }

    @Test
    void aHandWrittenFileReadsAsCoreReadsIt() {
        assertThat(ScenarioYaml.read(HAND_WRITTEN)).isEqualTo(
                ScenarioFiles.parse(HAND_WRITTEN, ScenarioFormat.YAML, "hand-written"));
    }

    @Test
    void aSessionsChangedScenarioRoundTripsThroughTheCliReader() {
        try (LiveSession session = LiveSession.start(Presets.get("chronic-stress"))) {
            session.advance(24 * 4 * 20 + 7);
            session.doseNow();
            session.advance(300);
            session.therapyNow();
            session.stressFromNow(0.35);
            Scenario changed = session.scenario();
            assertThat(ScenarioFiles.parse(ScenarioYaml.write(changed), ScenarioFormat.YAML,
                    "session")).isEqualTo(changed);
            assertThat(ScenarioYaml.read(ScenarioYaml.write(changed))).isEqualTo(changed);
        }
    }

    @Test
    void descriptionsWithQuotesColonsAndControlCharactersReadBack() {
        Scenario odd = Presets.get("healthy").toBuilder()
                .description("Say \"no\": yes, #1 \\ tab\there, true").build();
        assertThat(ScenarioFiles.parse(ScenarioYaml.write(odd), ScenarioFormat.YAML, "odd"))
                .isEqualTo(odd);
        assertThat(ScenarioYaml.read(ScenarioYaml.write(odd))).isEqualTo(odd);
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> ScenarioYaml.read("name: x\ndays: 30\nstres: []\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3: stres: unknown key");
    }

    @Test
    void anInvalidValueNamesItsLineAndField() {
        assertThatThrownBy(() -> ScenarioYaml.read("name: x\ndays: 30\nstress:\n"
                + "  - from_day: 0\n    to_day: 40\n    level: 0.8\n"))
                .hasMessage("line 4: stress[0].toDay must be <= days (30.0), was 40.0");
        assertThatThrownBy(() -> ScenarioYaml.read("name: x\ndays: many\n"))
                .hasMessage("line 2: days must be a number, was \"many\"");
    }

    @Test
    void aModelSectionIsRefusedWithAClearMessage() {
        String all = ScenarioFiles.write(Presets.get("healthy"), ScenarioFormat.YAML,
                ModelDetail.ALL);
        assertThatThrownBy(() -> ScenarioYaml.read(all)).hasMessageContaining("model:")
                .hasMessageContaining("CLI");
    }

    @Test
    void tabsAndAnchorsAreRefused() {
        assertThatThrownBy(() -> ScenarioYaml.read("name: x\n\tdays: 3\n"))
                .hasMessage("line 2: indent with spaces, not tabs");
        assertThatThrownBy(() -> ScenarioYaml.read("name: &a x\n"))
                .hasMessageContaining("line 1: anchors");
    }
}
