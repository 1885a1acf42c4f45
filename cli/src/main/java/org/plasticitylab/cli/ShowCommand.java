package org.plasticitylab.cli;

import java.util.concurrent.Callable;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.io.PresetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity show PRESET}: the preset's shipped YAML, to copy and edit. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a preset as YAML; `run` accepts the file and reproduces the preset"
                + " bit for bit.",
        footerHeading = "%nExample:%n",
        footer = {"  plasticity show ketamine-single > my-scenario.yaml",
                "  plasticity run my-scenario.yaml"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PRESET", description = "A preset name (see `plasticity list`).",
            completionCandidates = PresetNames.class)
    String preset;

    @Override
    public Integer call() {
        return Failures.guard(spec.commandLine().getErr(), false, () -> {
            if (Presets.find(preset).isEmpty()) {
                throw new UserInputException("no preset named \"" + preset + "\"; presets are "
                        + String.join(", ", Presets.names()));
            }
            spec.commandLine().getOut().print(PresetFiles.text(preset));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
