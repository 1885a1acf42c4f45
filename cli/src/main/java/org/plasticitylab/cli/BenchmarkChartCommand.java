package org.plasticitylab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plasticitylab.viz.benchmark.ScalingChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Draws the scaling chart of docs/benchmarks.md from a JMH result file, for the project's own
 * benchmarks: hidden from the usage message, which is for students and teachers. The chart tool
 * reads its own arguments, so its usage message and exit codes are its own.
 */
@Command(name = "benchmark-chart", hidden = true,
        description = "Draw the benchmark scaling chart from a JMH JSON result file.")
final class BenchmarkChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            return ScalingChart.run(args.toArray(String[]::new), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }
}
