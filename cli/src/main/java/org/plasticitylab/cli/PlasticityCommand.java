package org.plasticitylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
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
        footerHeading = "%nExample:%n",
        footer = {"  plasticity run ketamine-series-therapy --days 28", "",
                "Tab completion for bash and zsh (add the line to ~/.bashrc to keep it):",
                "  source <(plasticity generate-completion)"})
public final class PlasticityCommand implements Callable<Integer> {
    /** The subcommands, in the order of the usage message. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class,
            ShowCommand.class, RunCommand.class, CompareCommand.class, SweepCommand.class,
            SweepMergeCommand.class, CohortCommand.class, ExplainCommand.class,
            ReportCommand.class, GuiCommand.class, WebCommand.class, ValidateCommand.class,
            CompletionCommand.class, BenchmarkChartCommand.class);

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command-line arguments: a subcommand and its options
     */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every subcommand and its converters. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}, for {@link #main} and in-process tests. When the first
     * argument names a subcommand only that one is registered: picocli builds the model of every
     * registered command up front, by reflection and mostly in the interpreter, and doing so
     * for all of them took about 0.2 s of a plasticity run. Otherwise (no subcommand, --help,
     * --version, a misspelt name) all are registered, for the usage message and suggestions.
     */
    static CommandLine commandLine(String... args) {
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name()
                        .equals(args[0]))
                .toList();
        CommandLine line = new CommandLine(new PlasticityCommand());
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(line::addSubcommand);
        IParameterExceptionHandler usageErrors = line.getParameterExceptionHandler();
        return line.registerConverter(Path.class, new PathConverter())
                .setExecutionStrategy(parsed -> new RunLast().execute(safeOutput(parsed)))
                .setParameterExceptionHandler((e, arguments) -> usageErrors.handleParseException(
                        safeOutput(e), arguments));
    }

    /**
     * Makes everything the commands print go through {@link Terminal#safeWriter}: set here, at
     * execution, so it also holds for the writers a test or an embedding caller installed.
     */
    private static ParseResult safeOutput(ParseResult parsed) {
        safeOutput(parsed.commandSpec().commandLine());
        return parsed;
    }

    private static ParameterException safeOutput(ParameterException e) {
        safeOutput(e.getCommandLine());
        return e;
    }

    private static void safeOutput(CommandLine line) {
        line.setOut(Terminal.safeWriter(line.getOut()));
        line.setErr(Terminal.safeWriter(line.getErr()));
    }

    /** Without a subcommand: show what there is and report bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
