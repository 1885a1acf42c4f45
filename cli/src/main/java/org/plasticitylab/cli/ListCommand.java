package org.plasticitylab.cli;

import java.util.concurrent.Callable;
import org.plasticitylab.scenario.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plasticity list}: the presets, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the preset scenarios, one line each.",
        footerHeading = "%nExample:%n", footer = "  plasticity list")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(0);
        for (String name : Presets.names()) {
            spec.commandLine().getOut().printf("%-" + width + "s  %s%n", name,
                    Presets.get(name).description());
        }
        return ExitCodes.OK;
    }
}
