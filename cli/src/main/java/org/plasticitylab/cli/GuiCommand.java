package org.plasticitylab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity gui [SCENARIO]}: the Swing explorer. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the Swing explorer, optionally on a scenario.",
        footerHeading = "%nExample:%n", footer = "  plasticity gui ketamine-single")
final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "A preset name or a .yaml/.json file.",
            completionCandidates = PresetNames.class)
    String scenario;

    @Override
    public Integer call() {
        return NotWiredYet.refuse(spec.commandLine().getErr());
    }
}
