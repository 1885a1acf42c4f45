package org.plasticitylab.viz.explorer;

import java.util.Optional;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;

/**
 * Whether a scenario can be saved and read back: the explorer makes no change whose saved
 * scenario a scenario file could not hold, since the saved file must rerun the session.
 */
final class SaveCheck {
    private SaveCheck() {
    }

    /** Why {@code scenario} would not read back from its YAML, or empty if it does. */
    static Optional<String> problem(Scenario scenario) {
        try {
            ScenarioFiles.parse(ScenarioFiles.write(scenario, ScenarioFormat.YAML,
                    ModelDetail.CHANGES), ScenarioFormat.YAML, "the saved scenario");
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }
}
