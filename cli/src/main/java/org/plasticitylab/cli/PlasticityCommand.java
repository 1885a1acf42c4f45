package org.plasticitylab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code plasticity} command. Thin: subcommands parse, call the library and map outcomes to
 * exit codes (0 ok, 1 runtime failure, 2 bad usage or invalid input); only {@link #main}
 * exits the VM.
 */
@Command(name = "plasticity", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plasticity Lab: how stress prunes synapses and how an NMDA block opens a"
                + " plasticity window. A toy model for teaching, not medical advice.",
        subcommands = {ListCommand.class, ShowCommand.class, RunCommand.class,
                CompareCommand.class, SweepCommand.class, ExplainCommand.class,
                ReportCommand.class, GuiCommand.class, ValidateCommand.class,
                CompletionCommand.class},
        footerHeading = "%nExample:%n",
        footer = "  plasticity run ketamine-series-therapy --days 28")
public final class PlasticityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command-line arguments: a subcommand and its options
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its converters, for {@link #main} and in-process tests. */
    static CommandLine commandLine() {
        return new CommandLine(new PlasticityCommand())
                .registerConverter(Path.class, new PathConverter());
    }

    /** Without a subcommand: show what there is and report bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
