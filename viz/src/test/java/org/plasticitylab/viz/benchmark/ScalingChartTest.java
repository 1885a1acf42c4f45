package org.plasticitylab.viz.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.viz.benchmark.ScalingChart.Point;

class ScalingChartTest {
    private static final String STEP = "org.plasticitylab.benchmarks.StepThroughputBenchmark.step";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Map<ScalingSeries, List<Point>> sampleLines() {
        return ScalingChart.points("sample.json", JmhResult.readAll(JmhResultTest.sample()));
    }

    @Test
    void findsEveryLineOfTheSampleInLegendOrderAndLeavesTheOtherBenchmarksOut() {
        Map<ScalingSeries, List<Point>> lines = sampleLines();

        assertThat(lines.keySet()).containsExactly(ScalingSeries.values());
        assertThat(lines.get(ScalingSeries.CORE_ONE_THREAD)).extracting(Point::synapses)
                .containsExactly(10_000, 100_000, 1_000_000, 10_000_000);
        assertThat(lines.get(ScalingSeries.KERNEL_ONE_THREAD)).extracting(Point::synapses)
                .containsExactly(100_000, 1_000_000, 10_000_000);
        // ThreadScalingBenchmark's runs on one thread repeat StepThroughputBenchmark: left out.
        assertThat(lines.get(ScalingSeries.CORE_TWO_THREADS)).extracting(Point::synapses)
                .containsExactly(1_000_000, 10_000_000);
    }

    @Test
    void microsecondsPerStepBecomeNanosecondsPerSynapseStep() {
        Map<ScalingSeries, List<Point>> lines = sampleLines();

        // 927 ± 412 us per step over 1000 x 100 slots: 9.27 ± 4.12 ns per slot.
        Point core = lines.get(ScalingSeries.CORE_ONE_THREAD).get(1);
        assertThat(core.nanos()).isCloseTo(9.27, within(1e-9));
        assertThat(core.errorNanos()).isCloseTo(4.12, within(1e-9));
        // 200 x 50 is 1e4 slots: 69.1 us is 6.91 ns per slot.
        assertThat(lines.get(ScalingSeries.CORE_ONE_THREAD).get(0).nanos())
                .isCloseTo(6.91, within(1e-9));
        // Two threads, 1e7 synapses: 67,077 us per step is 6.7077 ns per synapse-step.
        assertThat(lines.get(ScalingSeries.KERNEL_TWO_THREADS).get(2).nanos())
                .isCloseTo(6.7077, within(1e-9));
        assertThat(lines.get(ScalingSeries.CORE_TWO_THREADS).get(0).nanos())
                .isCloseTo(9.077, within(1e-9));
    }

    @Test
    void otherTimeUnitsConvertToTheSameNanoseconds() {
        JmhResult inMillis = new JmhResult(STEP, Map.of("network", "1000x100"), 0.927, 0.412,
                "ms/op", "");

        Point p = ScalingChart.points("r.json", List.of(inMillis))
                .get(ScalingSeries.CORE_ONE_THREAD).get(0);

        assertThat(p.nanos()).isCloseTo(9.27, within(1e-9));
        assertThat(p.errorNanos()).isCloseTo(4.12, within(1e-9));
    }

    @Test
    void aFileWithoutTheNeededBenchmarksNamesWhatItHoldsAndWhatIsNeeded() {
        JmhResult streaming = new JmhResult(
                "org.plasticitylab.benchmarks.StreamingBandwidthBenchmark.triad",
                Map.of("length", "100000"), 18.0, 1.0, "us/op", "");

        assertThatThrownBy(() -> ScalingChart.points("r.json", List.of(streaming)))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageStartingWith("r.json holds none of the benchmarks the scaling chart"
                        + " draws (StepThroughputBenchmark, ThreadScalingBenchmark with threads=2,"
                        + " PlasticRateNetworkBenchmark with threads=1,"
                        + " PlasticRateNetworkBenchmark with threads=2); it holds"
                        + " org.plasticitylab.benchmarks.StreamingBandwidthBenchmark.triad.")
                .hasMessageContaining("-rf json -rff r.json");
        assertThatThrownBy(() -> ScalingChart.points("r.json", List.of()))
                .hasMessageContaining("it holds no results");
    }

    @Test
    void twoResultsOfOneLineAtOneSizeAreRefused() {
        JmhResult a = new JmhResult(STEP, Map.of("network", "1000x100"), 927, 412, "us/op", "");
        JmhResult b = new JmhResult(STEP, Map.of("network", "1000x100"), 900, 12, "us/op", "");

        assertThatThrownBy(() -> ScalingChart.points("r.json", List.of(a, b)))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage("r.json holds two results of StepThroughputBenchmark at 100000"
                        + " synapses; chart one run at a time");
    }

    @Test
    void aSizeThatIsNotUnitsByInputsIsNamed() {
        JmhResult r = new JmhResult(STEP, Map.of("network", "1e6"), 927, 412, "us/op", "");

        assertThatThrownBy(() -> ScalingChart.points("r.json", List.of(r)))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageStartingWith(STEP + " has network = '1e6', not a network size"
                        + " UNITSxINPUTS");
    }

    @Test
    void chartHasLogAxesWithUnitsTheTargetAndEveryPointInRange() {
        JFreeChart chart = ScalingChart.create(sampleLines(), "sub");
        XYPlot plot = chart.getXYPlot();

        assertThat(chart.getTitle().getText()).isEqualTo(ScalingChart.TITLE);
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("synapse slots (log scale)");
        assertThat(plot.getRangeAxis().getLabel())
                .isEqualTo("time per synapse-step (ns, log scale)");
        assertThat(plot.getRangeMarkers(Layer.BACKGROUND)).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(2));
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(data.getSeriesKey(0)).isEqualTo("core step, 1 thread");
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                assertThat(plot.getDomainAxis().getRange().contains(data.getXValue(s, i))).isTrue();
                assertThat(plot.getRangeAxis().getRange().contains(data.getYValue(s, i))).isTrue();
                // a log axis cannot draw an interval that reaches zero: 69.1 ± 148.7 is cut
                assertThat(data.getStartYValue(s, i)).isPositive();
            }
        }
    }

    @Test
    void theTargetIsDrawnOnlyWithTheReferenceKernelOnOneThread() {
        Map<ScalingSeries, List<Point>> coreOnly = Map.of(ScalingSeries.CORE_ONE_THREAD,
                List.of(new Point(100_000, 9.27, 4.12)));

        XYPlot plot = ScalingChart.create(coreOnly, null).getXYPlot();

        assertThat(plot.getRangeMarkers(Layer.BACKGROUND)).isNull();
    }

    @Test
    void subtitleSaysWhetherThereAreErrorBarsAndCarriesTheNote() {
        List<JmhResult> results = JmhResult.readAll(JmhResultTest.sample());

        assertThat(ScalingChart.subtitle(results, sampleLines(), "AMD EPYC, 2 vCPUs"))
                .isEqualTo("JMH time per step / synapses, lower is better; bars: 99.9 %"
                        + " confidence interval, lines nudged sideways to show them all\n"
                        + "JDK 17.0.15, 1 fork, 3 x 1 s; AMD EPYC, 2 vCPUs");
        Map<ScalingSeries, List<Point>> noErrors = Map.of(ScalingSeries.CORE_ONE_THREAD,
                List.of(new Point(100_000, 4.27, Double.NaN)));
        assertThat(ScalingChart.subtitle(List.of(), noErrors, null))
                .isEqualTo("JMH time per step / synapses, lower is better; no error bars: too"
                        + " few iterations for a confidence interval");
    }

    @Test
    void writesAPngAtSlideSizeAndAnSvgAndListsTheLines() throws IOException {
        Path png = dir.resolve("images/benchmark-scaling.png");
        Path svg = dir.resolve("images/benchmark-scaling.svg");

        int code = run("--note", "test machine", JmhResultTest.sample().toString(),
                png.toString(), svg.toString());

        assertThat(code).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(Files.readString(svg)).contains("<svg").contains(ScalingChart.TITLE)
                .contains("test machine");
        assertThat(out()).contains("wrote " + png, "wrote " + svg,
                "core step, 1 thread: 4 sizes", "reference kernel, 2 threads: 3 sizes");
        assertThat(err()).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("images"))) {
            assertThat(files).hasSize(2); // no temporary files left
        }
    }

    @Test
    void saysWhichLinesAreMissing() throws IOException {
        Path results = Files.writeString(dir.resolve("r.json"), """
                [{"benchmark": "%s", "params": {"network": "1000x100"},
                  "primaryMetric": {"score": 426.76, "scoreError": "NaN", "scoreUnit": "us/op"}}]
                """.formatted(STEP));

        assertThat(run(results.toString(), dir.resolve("c.png").toString())).isZero();

        assertThat(out()).contains("core step, 1 thread: 1 size",
                "reference kernel, 1 thread: not in " + results
                        + " (PlasticRateNetworkBenchmark with threads=1)");
    }

    @Test
    void aMissingResultsFileIsAnErrorAndWritesNothing() {
        Path png = dir.resolve("c.png");

        int code = run(dir.resolve("results.json").toString(), png.toString());

        assertThat(code).isEqualTo(ScalingChart.USAGE);
        assertThat(err()).startsWith("error: results file not found: "
                + dir.resolve("results.json"));
        assertThat(png).doesNotExist();
    }

    @Test
    void aResultsFileWithoutTheBenchmarksIsAnErrorAndWritesNothing() throws IOException {
        Path results = Files.writeString(dir.resolve("r.json"), "[]");
        Path png = dir.resolve("c.png");

        assertThat(run(results.toString(), png.toString())).isEqualTo(ScalingChart.USAGE);

        assertThat(err()).contains("holds none of the benchmarks the scaling chart draws");
        assertThat(png).doesNotExist();
    }

    @Test
    void badArgumentsPrintTheUsage() {
        assertThat(run(JmhResultTest.sample().toString())).isEqualTo(ScalingChart.USAGE);
        assertThat(err()).contains("expected a results file and at least one output file",
                "usage: plasticity benchmark-chart");
        err.reset();

        assertThat(run(JmhResultTest.sample().toString(), dir.resolve("c.jpg").toString()))
                .isEqualTo(ScalingChart.USAGE);
        assertThat(err()).contains("an output must end in .png or .svg, was "
                + dir.resolve("c.jpg"));

        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage:");
    }

    @Test
    void anOutputThatCannotBeWrittenFailsWithItsName() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        int code = run(JmhResultTest.sample().toString(), notAFolder.resolve("c.png").toString());

        assertThat(code).isEqualTo(ScalingChart.FAILURE);
        assertThat(err()).startsWith("error: could not write " + notAFolder.resolve("c.png"));
    }

    private int run(String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = ScalingChart.run(args, o, e);
        o.flush();
        e.flush();
        return code;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
