package org.plasticitylab.viz.benchmark;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.plasticitylab.viz.chart.SlideTheme;
import org.plasticitylab.viz.export.ChartExport;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.ImageFormat;

/**
 * The scaling chart of docs/benchmarks.md: time per synapse-step (ns) against synapse slots, on
 * log-log axes, one line per {@link ScalingSeries} found in a JMH JSON result file, with JMH's
 * 99.9 % confidence interval as error bars and the 2 ns target of issue #5 as a dashed level.
 * The lines are spread a little sideways around each size, so that their bars do not hide each
 * other.
 * Drawn in the slide style of the viz module and written by its {@link ChartExport}, atomically
 * (a file is written whole or not at all).
 *
 * <p>How to run, after {@code -rf json -rff results.json} on the benchmarks:
 * {@code plasticity benchmark-chart results.json docs/images/benchmark-scaling.png
 * docs/images/benchmark-scaling.svg}
 */
public final class ScalingChart {
    /** The chart's title. */
    static final String TITLE = "Time per synapse-step against network size";
    /** The x axis label. */
    static final String X_LABEL = "synapse slots (log scale)";
    /** The y axis label. */
    static final String Y_LABEL = "time per synapse-step (ns, log scale)";
    /** Issue #5's target for the reference kernel on one thread at 1e6 and 1e7 synapses. */
    static final double TARGET_NS = 2;
    static final String TARGET_LABEL =
            "target: 2 ns for the reference kernel on 1 thread at 1e6 and 1e7 synapses";

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: plasticity benchmark-chart [--note TEXT] RESULTS.json OUTPUT...
            Draws time per synapse-step against synapse slots (log-log) from a JMH result file
            written with -rf json -rff RESULTS.json: the core step (StepThroughputBenchmark,
            ThreadScalingBenchmark threads=2) and the reference kernel (PlasticRateNetworkBenchmark,
            threads 1 and 2), whichever the file holds. Each OUTPUT (.png or .svg) is written whole
            or not at all, at 1600 x 900. --note adds a line under the title,
            e.g. the machine and the date.""";

    private static final double AXIS_PADDING = 1.5;
    private static final double CAP_PX = 12;
    private static final double POINT_PX = 14;
    private static final BasicStroke ERROR_STROKE = new BasicStroke(2f);
    /**
     * Each line sits this many decades right of the one before it (about 15 px at slide size),
     * centred on the true size, so that error bars at one size stand side by side.
     */
    private static final double DODGE_DECADES = 0.04;
    private static final double MIDDLE = (ScalingSeries.values().length - 1) / 2.0;
    /** Long enough to show a dashed line in the legend. */
    private static final Line2D LEGEND_LINE = new Line2D.Double(-20, 0, 20, 0);

    private ScalingChart() {
    }

    /**
     * One point of a line.
     *
     * @param synapses synapse slots, units x inputs per unit
     * @param nanos time per synapse-step, ns
     * @param errorNanos half the width of its 99.9 % confidence interval, ns; NaN if unknown
     */
    record Point(int synapses, double nanos, double errorNanos) {
        /** The point of a result of size {@code size}: its time per step spread over its slots. */
        static Point of(JmhResult result, int synapses) {
            return new Point(synapses, result.nanosPerOp() / synapses,
                    result.errorNanosPerOp() / synapses);
        }

        /** Whether JMH gave a confidence interval. */
        boolean hasError() {
            return !Double.isNaN(errorNanos);
        }
    }

    /**
     * The tool: messages to {@code out} and {@code err}; returns 0 when done, 2 for bad
     * arguments or an unusable results file, 1 for an output that could not be written.
     *
     * @param args {@code [--note TEXT] RESULTS.json OUTPUT...}
     * @param out where the written files and the lines found are listed
     * @param err where problems are told
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String note = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE_TEXT);
                    return OK;
                }
                case "--note" -> {
                    if (i + 1 == args.length) {
                        return usage(err, "--note needs a text");
                    }
                    note = args[++i];
                }
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2) {
            return usage(err, "expected a results file and at least one output file");
        }
        Path results = Path.of(rest.get(0));
        Map<Path, ImageFormat> outputs = new LinkedHashMap<>();
        for (String name : rest.subList(1, rest.size())) {
            ImageFormat format = formatOf(name);
            if (format == null) {
                return usage(err, "an output must end in .png or .svg, was " + name);
            }
            outputs.put(Path.of(name), format);
        }
        try {
            List<JmhResult> all = JmhResult.readAll(results);
            Map<ScalingSeries, List<Point>> lines = points(results.toString(), all);
            JFreeChart chart = create(lines, subtitle(all, lines, note));
            for (Map.Entry<Path, ImageFormat> o : outputs.entrySet()) {
                ChartExport.write(chart, o.getKey(), o.getValue(),
                        ChartOptions.DEFAULT_WIDTH_PX, ChartOptions.DEFAULT_HEIGHT_PX);
                out.println("wrote " + o.getKey());
            }
            for (ScalingSeries s : ScalingSeries.values()) {
                out.println(lines.containsKey(s)
                        ? "  " + s.label() + ": " + sizes(lines.get(s).size())
                        : "  " + s.label() + ": not in " + results + " (" + s.source() + ")");
            }
            return OK;
        } catch (ResultsFileException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return FAILURE;
        }
    }

    private static String sizes(int n) {
        return n + (n == 1 ? " size" : " sizes");
    }

    private static int usage(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static ImageFormat formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ImageFormat f : ImageFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The points of each line found in the results, in legend order, each line by size.
     *
     * @param source the results' file name, for messages
     * @param results what JMH wrote
     * @return the lines that have at least one point
     * @throws ResultsFileException if no result belongs to a line, a size is unreadable, or
     *     one line has two results at the same size
     */
    static Map<ScalingSeries, List<Point>> points(String source, List<JmhResult> results) {
        Map<ScalingSeries, Map<Integer, Point>> bySize = new EnumMap<>(ScalingSeries.class);
        for (JmhResult r : results) {
            for (ScalingSeries s : ScalingSeries.values()) {
                if (s.matches(r)) {
                    Point p = Point.of(r, s.synapses(r));
                    if (bySize.computeIfAbsent(s, k -> new TreeMap<>())
                            .putIfAbsent(p.synapses(), p) != null) {
                        throw new ResultsFileException(source + " holds two results of "
                                + s.source() + " at " + p.synapses() + " synapses; chart one run"
                                + " at a time");
                    }
                }
            }
        }
        if (bySize.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            results.forEach(r -> found.add(r.benchmark()));
            List<String> wanted = new ArrayList<>();
            for (ScalingSeries s : ScalingSeries.values()) {
                wanted.add(s.source());
            }
            throw new ResultsFileException(source + " holds none of the benchmarks the scaling"
                    + " chart draws (" + String.join(", ", wanted) + "); it holds "
                    + (found.isEmpty() ? "no results" : String.join(", ", found))
                    + ". Run e.g. 'StepThroughput|PlasticRate' with -rf json -rff " + source);
        }
        Map<ScalingSeries, List<Point>> lines = new EnumMap<>(ScalingSeries.class);
        bySize.forEach((s, points) -> lines.put(s, List.copyOf(points.values())));
        return lines;
    }

    /**
     * The text under the title: how to read the chart, then on a second line how the numbers
     * were taken (JDK, forks, iterations) and the caller's note, e.g. machine and date.
     */
    static String subtitle(List<JmhResult> results, Map<ScalingSeries, List<Point>> lines,
            String note) {
        boolean anyError = lines.values().stream().flatMap(List::stream)
                .anyMatch(Point::hasError);
        Set<String> runs = new LinkedHashSet<>();
        for (JmhResult r : results) {
            if (!r.run().isEmpty() && lines.keySet().stream().anyMatch(s -> s.matches(r))) {
                runs.add(r.run());
            }
        }
        String reading = "JMH time per step / synapses, lower is better; " + (anyError
                ? "bars: 99.9 % confidence interval, lines nudged sideways to show them all"
                : "no error bars: too few iterations for a confidence interval");
        List<String> about = new ArrayList<>(runs);
        if (note != null && !note.isBlank()) {
            about.add(note.strip());
        }
        return about.isEmpty() ? reading : reading + "\n" + String.join("; ", about);
    }

    /**
     * The chart: log-log axes, one line with points and error bars per series, the 2 ns target
     * when the reference kernel on one thread is drawn.
     *
     * @param lines the points of each line, in legend order; at least one line
     * @param subtitle shown under the title; null for none
     * @return the chart in the slide style
     */
    static JFreeChart create(Map<ScalingSeries, List<Point>> lines, String subtitle) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must hold at least one line, was empty");
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(ERROR_STROKE);
        renderer.setCapLength(CAP_PX);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setLegendLine(LEGEND_LINE);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int i = 0;
        for (Map.Entry<ScalingSeries, List<Point>> e : lines.entrySet()) {
            ScalingSeries s = e.getKey();
            YIntervalSeries series = new YIntervalSeries(s.label());
            for (Point p : e.getValue()) {
                // An interval reaching zero or below cannot be drawn on a log axis: cut it far
                // below the plot, whose edge then cuts it.
                double low = p.hasError() ? Math.max(p.nanos() - p.errorNanos(), p.nanos() / 100)
                        : p.nanos();
                double high = p.hasError() ? p.nanos() + p.errorNanos() : p.nanos();
                double x = p.synapses() * Math.pow(10, DODGE_DECADES * (s.ordinal() - MIDDLE));
                series.add(x, p.nanos(), low, high);
                xs.add(x);
                ys.add(p.nanos());
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, s.colour());
            renderer.setSeriesStroke(i, SlideTheme.runStroke(s.threads() - 1));
            renderer.setSeriesShape(i, shape(s.threads()));
            i++;
        }
        boolean target = lines.containsKey(ScalingSeries.KERNEL_ONE_THREAD);
        if (target) {
            ys.add(TARGET_NS);
        }
        XYPlot plot = new XYPlot(data, logAxis(X_LABEL, 10, xs, "#,##0"),
                logAxis(Y_LABEL, 2, ys, "0.###"), renderer);
        if (target) {
            plot.addRangeMarker(SlideTheme.level(TARGET_NS, TARGET_LABEL), Layer.BACKGROUND);
        }
        return SlideTheme.chart(TITLE, subtitle, plot, RectangleEdge.BOTTOM);
    }

    /**
     * A log axis whose range holds the values with some room, with a labelled tick at each power
     * of {@code base}.
     */
    private static LogAxis logAxis(String label, double base, List<Double> values,
            String tickFormat) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(base);
        // One tick per power of the base: 1e4, 1e5 ... slots and 1, 2, 4, 8 ... ns.
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat(tickFormat,
                DecimalFormatSymbols.getInstance(Locale.ROOT)));
        double min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        double max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        axis.setRange(min / AXIS_PADDING, max * AXIS_PADDING);
        return axis;
    }

    /** Circles for one thread, squares for two. */
    private static Shape shape(int threads) {
        double r = POINT_PX / 2;
        return threads == 1 ? new Ellipse2D.Double(-r, -r, POINT_PX, POINT_PX)
                : new Rectangle2D.Double(-r, -r, POINT_PX, POINT_PX);
    }
}
