package org.plasticitylab.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the bash/zsh completion script: {@code source <(plasticity generate-completion)}. */
@Command(name = "generate-completion", hidden = true, mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script for plasticity.",
        footerHeading = "%nExample:%n", footer = "  source <(plasticity generate-completion)")
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Every command, not just those registered for this process (see commandLine(args)).
        spec.commandLine().getOut().print(AutoComplete.bash("plasticity",
                PlasticityCommand.commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
