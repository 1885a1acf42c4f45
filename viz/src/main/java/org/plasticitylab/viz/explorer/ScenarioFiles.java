package org.plasticitylab.viz.explorer;

import java.io.IOException;
import java.nio.file.Path;
import org.plasticitylab.scenario.Scenario;

/**
 * Reading and writing scenario files (YAML or JSON), plugged into the explorer by the caller so
 * that viz does not depend on a particular file format. Without one, the explorer's "Open
 * file..." and "Save scenario..." buttons are disabled.
 */
public interface ScenarioFiles {
    /**
     * Reads a scenario file.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not a valid scenario (message for people)
     */
    Scenario read(Path file) throws IOException;

    /** Writes the scenario to a file, e.g. as YAML. */
    void write(Scenario scenario, Path file) throws IOException;
}
