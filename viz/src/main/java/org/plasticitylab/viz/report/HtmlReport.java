package org.plasticitylab.viz.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.explain.StoryNumbers;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.chart.SlideTheme;
import org.plasticitylab.viz.export.ChartExport;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * One self-contained HTML file about a run: title, the scenario in words and as a table, the
 * charts as inline SVG (a PNG data URI for the dense weight matrix), the key numbers (the
 * recovery first: response, relapse, improvement), the narrative, the disclaimer and the command
 * that reproduces it. No scripts, no external styles, fonts or images: it opens offline and can be
 * mailed as one file. All text is escaped.
 */
public final class HtmlReport {
    private static final int CHART_WIDTH_PX = 1600;
    private static final int CHART_HEIGHT_PX = 900;
    /** Larger inline SVGs slow browsers down; such charts go in as PNG. */
    private static final int MAX_SVG_CHARS = 2_000_000;

    private HtmlReport() {
    }

    /**
     * Writes the report of a run (story and zoom charts) atomically to {@code file}.
     *
     * @param result the finished run
     * @param narrative plain text, paragraphs separated by blank lines; null or blank omits the
     *     section
     * @param reproduceCommand the command line that reproduces the run
     * @param file the HTML file to write; replaced if it exists
     * @return the file written
     */
    public static Path write(Result result, String narrative, String reproduceCommand,
            Path file) {
        return AtomicFiles.writeString(file, render(result, RunCharts.charts(result), narrative,
                reproduceCommand));
    }

    /**
     * Writes the report of a run with its network views atomically to {@code file}.
     *
     * @param run the finished run with its snapshots
     * @param narrative plain text, paragraphs separated by blank lines; null or blank omits the
     *     section
     * @param reproduceCommand the command line that reproduces the run
     * @param file the HTML file to write; replaced if it exists
     * @return the file written
     */
    public static Path write(CapturedRun run, String narrative, String reproduceCommand,
            Path file) {
        return AtomicFiles.writeString(file, render(run.result(), RunCharts.charts(run),
                narrative, reproduceCommand));
    }

    /**
     * The report as an HTML document.
     *
     * @param result the finished run
     * @param charts the charts to include by file stem, in page order
     * @param narrative plain text, paragraphs separated by blank lines; null or blank omits the
     *     section
     * @param reproduceCommand the command line that reproduces the run
     * @return the complete HTML document
     */
    public static String render(Result result, Map<String, ? extends Drawable> charts,
            String narrative, String reproduceCommand) {
        String name = result.scenario().name();
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Plasticity Lab: ").append(Html.escape(name)).append("</title>\n")
                .append("<style>").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>Plasticity Lab: ").append(Html.escape(name)).append("</h1>\n")
                .append("<p class=\"lead\">").append(Html.escape(result.scenario().description()))
                .append("</p>\n");
        disclaimer(h);
        h.append("</header>\n<main>\n");
        if (!result.completed()) {
            h.append("<p class=\"warning\">This run was cancelled before its end (day ")
                    .append(number(result.summary().endDay(), 1)).append(").</p>\n");
        }
        scenario(h, result);
        h.append("<section><h2>The story</h2>\n");
        for (Map.Entry<String, ? extends Drawable> e : charts.entrySet()) {
            h.append("<figure class=\"chart\">").append(inline(e.getKey(), e.getValue()))
                    .append("</figure>\n");
        }
        h.append("</section>\n");
        keyNumbers(h, result);
        narrative(h, narrative);
        h.append("<section><h2>How to reproduce this</h2>\n<pre><code>")
                .append(Html.escape(reproduceCommand)).append("</code></pre></section>\n");
        h.append("</main>\n<footer>");
        disclaimer(h);
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The chart as inline SVG; a chart with thousands of marks (the weight matrix) would make
     * megabytes of SVG, so it is inlined as a PNG data URI instead, still self-contained.
     */
    private static String inline(String stem, Drawable chart) {
        String svg = ChartExport.svgElement(chart, CHART_WIDTH_PX, CHART_HEIGHT_PX,
                "chart-" + stem);
        if (svg.length() <= MAX_SVG_CHARS) {
            return svg;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(ChartExport.image(chart, CHART_WIDTH_PX, CHART_HEIGHT_PX), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart " + stem + " as PNG", e);
        }
        return "<img alt=\"" + Html.escape(stem) + " chart\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\">";
    }

    private static void disclaimer(StringBuilder h) {
        h.append("<p class=\"disclaimer\">").append(Html.escape(SlideTheme.DISCLAIMER))
                .append(". The numbers come from a simplified simulation and say nothing about"
                        + " doses or treatment of any person.</p>\n");
    }

    private static void scenario(StringBuilder h, Result result) {
        h.append("<section><h2>The scenario</h2>\n<p>");
        for (String sentence : ScenarioText.sentences(result.scenario())) {
            h.append(Html.escape(sentence)).append(' ');
        }
        h.append("</p>\n<table class=\"settings\">\n");
        for (Map.Entry<String, String> row : ScenarioText.table(result.scenario()).entrySet()) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(row.getKey()))
                    .append("</th><td>").append(Html.escape(row.getValue())).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    /** The story numbers (response, relapse, improvement) first, then start and end values. */
    private static void keyNumbers(StringBuilder h, Result result) {
        Summary s = result.summary();
        h.append("<section><h2>Key numbers</h2>\n");
        StoryNumbers story = StoryNumbers.of(result);
        if (story.applies()) {
            h.append("<p>The recovery, read on the daily mood index (")
                    .append(Html.escape(story.legend())).append("):</p>\n")
                    .append("<table class=\"story\">\n");
            for (StoryNumbers.Line line : story.lines()) {
                row(h, line.label(), line.value());
            }
            h.append("</table>\n");
        }
        h.append("<table class=\"numbers\">\n")
                .append("<tr><th>measure</th><th>start</th><th>end</th><th>note</th></tr>\n");
        row(h, "synapse density (present/slots)", number(s.densityStart(), 3),
                number(s.densityEnd(), 3), "lowest " + number(s.densityLowest(), 3) + " on day "
                        + number(s.densityLowestDay(), 1));
        row(h, "positive recall (0..1)", number(s.positiveRecallStart(), 2),
                number(s.positiveRecallEnd(), 2), "low = anhedonia in the model");
        row(h, "negative recall (0..1)", number(s.negativeRecallStart(), 2),
                number(s.negativeRecallEnd(), 2), "high with low positive = rumination");
        row(h, "mood index (0..100)", number(s.moodIndexStart(), 0), number(s.moodIndexEnd(), 0),
                "illustrative summary");
        row(h, "plasticity P (x baseline)", "", "", "peak " + number(s.peakPlasticity(), 2)
                + " on day " + number(s.peakPlasticityDay(), 1));
        row(h, "NMDA occupancy (0..1)", "", "", "peak " + number(s.peakOccupancy(), 2));
        h.append("</table></section>\n");
    }

    private static void row(StringBuilder h, String... cells) {
        h.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            String tag = i == 0 ? "th scope=\"row\"" : "td";
            h.append('<').append(tag).append('>').append(Html.escape(cells[i]))
                    .append("</").append(i == 0 ? "th" : "td").append('>');
        }
        h.append("</tr>\n");
    }

    /** Paragraphs are separated by blank lines in the narrative text. */
    private static void narrative(StringBuilder h, String narrative) {
        if (narrative == null || narrative.isBlank()) {
            return;
        }
        h.append("<section><h2>What happened</h2>\n");
        for (String paragraph : narrative.strip().split("\\R\\s*\\R")) {
            h.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static String number(double value, int decimals) {
        return Decimals.label(value, decimals);
    }
}
