package org.plasticitylab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity validate FILE}: every problem of a scenario file, without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file: every problem with its line, column, field and"
                + " reason. Exit 0 if valid, 2 otherwise.",
        footerHeading = "%nExample:%n", footer = "  plasticity validate my-scenario.yaml")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .yaml, .yml or .json scenario file.")
    Path file;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    @Override
    public Integer call() {
        return Failures.guard(spec.commandLine().getErr(), verbose, () -> {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("no file named " + file);
            }
            Scenario s = ScenarioFiles.read(file);
            spec.commandLine().getOut().println(file + ": valid");
            ScenarioNotes.doses(s).forEach(spec.commandLine().getErr()::println);
            return ExitCodes.OK;
        });
    }
}
