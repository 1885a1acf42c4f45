package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plasticitylab.scenario.Presets;

/**
 * The shipped preset files and {@link Presets} must not drift apart. If a preset or the writer
 * changes on purpose, regenerate the files with
 * {@code ./plasticity show NAME > core/src/main/resources/presets/NAME.yaml} after rebuilding
 * (or write them with ScenarioFiles.write).
 */
class PresetFilesTest {
    static Iterable<String> names() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void shippedFileReadsAsThePreset(String name) {
        assertThat(ScenarioFiles.parse(PresetFiles.text(name), ScenarioFormat.YAML, name))
                .isEqualTo(Presets.get(name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shippedFileIsWhatTheWriterWrites(String name) {
        assertThat(PresetFiles.text(name)).isEqualTo(
                ScenarioFiles.write(Presets.get(name), ScenarioFormat.YAML, ModelDetail.CHANGES));
    }
}
