package org.plasticitylab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity report SCENARIO --out FILE.html}: a self-contained report with charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report with charts.",
        footerHeading = "%nExample:%n",
        footer = "  plasticity report ketamine-series-therapy --out report.html")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Where to write the report.")
    Path out;

    @Override
    public Integer call() {
        return NotWiredYet.refuse(spec.commandLine().getErr());
    }
}
