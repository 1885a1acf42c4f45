package org.plasticitylab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.explain.Narrative;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity explain SCENARIO}: what happened, in words and numbers. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Run a scenario and tell what happened, with numbers.",
        footerHeading = "%nExample:%n", footer = "  plasticity explain ketamine-single --days 49")
final class ExplainCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--json", description = "Print the findings as JSON, for tools.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            var result = RunCommand.runWithProgress(input.load(), input.shared.quiet, err)
                    .result();
            Explanation explanation = Narrative.explain(result);
            PrintWriter o = spec.commandLine().getOut();
            o.print(json ? JSON.writeValueAsString(explanation) + "\n" : explanation.text());
            o.flush();
            return ExitCodes.OK;
        });
    }
}
