package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.Keys;
import org.plasticitylab.scenario.io.ScenarioFiles;

/** A SCENARIO argument: a preset name or a .yaml/.json file. */
final class ScenarioSource {
    private ScenarioSource() {
    }

    /**
     * The scenario the argument names.
     *
     * @throws UserInputException if it is neither a preset nor an existing file
     * @throws org.plasticitylab.scenario.io.ScenarioFileException if the file is invalid
     */
    static Scenario load(String argument) throws IOException {
        var preset = Presets.find(argument);
        if (preset.isPresent()) {
            return preset.get();
        }
        Optional<Path> file = PathConverter.parse(argument).filter(Files::isRegularFile);
        if (file.isPresent()) {
            return ScenarioFiles.read(file.get());
        }
        String hint = Keys.closest(argument, Presets.names())
                .map(name -> "; did you mean the preset \"" + name + "\"?")
                .orElse("; presets are " + String.join(", ", Presets.names()));
        throw new UserInputException("no preset or file named \""
                + Terminal.line(argument) + "\"" + hint);
    }
}
