package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.explain.Narrative;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.report.HtmlReport;
import org.plasticitylab.viz.run.CapturedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity report SCENARIO --out FILE.html}: a self-contained report with charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run a scenario and write a self-contained HTML report: the scenario in"
                + " words, the story chart, the key numbers (response, relapse, improvement"
                + " first), what happened and how to"
                + " reproduce it. It needs no network to open.",
        footerHeading = "%nExample:%n",
        footer = "  plasticity report ketamine-series-therapy --out report.html")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", paramLabel = "FILE.html",
            description = "Where to write the report (default: plasticity-out/<name>/report.html);"
                    + " an existing file needs --force.")
    Path out;

    @Option(names = "--force", description = "Replace an existing report file.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, input.shared.verbose, () -> {
            Scenario s = input.load(err);
            Path file = out != null ? out : Path.of("plasticity-out", s.name(), "report.html");
            try (OutputFile target = OutputFile.claim(file, force, CommandText.of(spec))) {
                Resources.announce(err, input.shared.quiet, List.of(s), 1);
                CapturedRun run = RunCommand.runWithProgress(s, progress(err, s));
                String narrative = Narrative.explain(run.result()).text();
                Progress drawing = progress(err, s);
                try {
                    AtomicFiles.writeString(target.file(), HtmlReport.render(run.result(),
                            DrawingProgress.counted(RunCharts.charts(run), drawing), narrative,
                            CommandText.of(spec)));
                } finally {
                    drawing.end();
                }
                if (!input.shared.quiet) {
                    PrintWriter o = spec.commandLine().getOut();
                    o.println("Wrote " + file);
                    o.flush();
                }
                return run.result().completed() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        });
    }

    private Progress progress(PrintWriter err, Scenario s) {
        return Progress.start(input.shared.quiet, err, "report " + s.name());
    }
}
