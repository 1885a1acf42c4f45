package org.plasticitylab.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.explain.StoryNumbers;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.sim.Result;

/**
 * Short text tables of outcomes, ending with the disclaimer: first the story (response,
 * peak improvement, days improved, relapse, improvement at the end of the course and of the
 * run) in words, then the end values.
 */
public final class SummaryTable {
    /** Summary fields the story rows already give in words. */
    static final Set<String> STORY_FIELDS = Set.of("response_day", "peak_improvement",
            "peak_improvement_day", "days_improved", "relapse_day", "days_to_relapse",
            "improvement_end_of_course", "improvement_end");

    private SummaryTable() {
    }

    /**
     * One run: a title line, the story in words, then start, end and extreme of each outcome.
     *
     * @param result the finished run
     * @return the table, one line per row, ending with the disclaimer
     */
    public static String of(Result result) {
        var s = result.scenario();
        Summary m = result.summary();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s days, seed %d, %d neurons, %.1f s%s%n", s.name(), Decimals.day(m.endDay()),
                s.seed(), s.network().neurons(), result.elapsedMillis() / 1000.0,
                result.completed() ? "" : " (cancelled)"));
        b.append(story(StoryNumbers.of(result))).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "day 0", "end", ""});
        rows.add(new String[] {"synapse density", num(m.densityStart()), num(m.densityEnd()),
                "lowest " + num(m.densityLowest()) + " on day " + Decimals.day(m.densityLowestDay())});
        rows.add(new String[] {"positive recall", num(m.positiveRecallStart()),
                num(m.positiveRecallEnd()), ""});
        rows.add(new String[] {"negative recall", num(m.negativeRecallStart()),
                num(m.negativeRecallEnd()), ""});
        rows.add(new String[] {"mood index", num(m.moodIndexStart()), num(m.moodIndexEnd()), ""});
        rows.add(new String[] {"plasticity", "", "", "peak " + num(m.peakPlasticity())
                + " on day " + Decimals.day(m.peakPlasticityDay())});
        rows.add(new String[] {"NMDA occupancy", "", "", "peak " + num(m.peakOccupancy())});
        return b.append(grid(rows, true)).append(Explanation.DISCLAIMER).append('\n').toString();
    }

    /** The story lines of one run under its legend, or why there is no story. */
    private static String story(StoryNumbers story) {
        if (!story.applies()) {
            return "  No treatment and no change of stress: no recovery to read.\n";
        }
        List<String[]> rows = new ArrayList<>();
        for (StoryNumbers.Line line : story.lines()) {
            rows.add(new String[] {line.label(), line.value()});
        }
        return "  " + story.legend() + "\n" + grid(rows, false);
    }

    /**
     * Several runs side by side: one column per run, the story rows in words first, then one
     * row per other outcome.
     *
     * @param results the runs, in column order
     * @return the table, one line per row, ending with the disclaimer
     */
    public static String compare(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[results.size() + 1];
        header[0] = "";
        for (int r = 0; r < results.size(); r++) {
            header[r + 1] = results.get(r).scenario().name();
        }
        rows.add(header);
        List<StoryNumbers> stories = results.stream().map(StoryNumbers::of).toList();
        for (int line = 0; line < stories.get(0).lines().size(); line++) {
            String[] row = new String[results.size() + 1];
            row[0] = stories.get(0).lines().get(line).label();
            for (int r = 0; r < results.size(); r++) {
                row[r + 1] = stories.get(r).lines().get(line).value();
            }
            rows.add(row);
        }
        rows.add(new String[results.size() + 1]);
        Arrays.fill(rows.get(rows.size() - 1), "");
        for (int f = 0; f < SummaryFields.NAMES.size(); f++) {
            if (STORY_FIELDS.contains(SummaryFields.NAMES.get(f))) {
                continue;
            }
            String[] row = new String[results.size() + 1];
            row[0] = SummaryFields.NAMES.get(f);
            for (int r = 0; r < results.size(); r++) {
                row[r + 1] = num(SummaryFields.values(results.get(r).summary()).get(f));
            }
            rows.add(row);
        }
        Set<String> legends = new LinkedHashSet<>();
        stories.forEach(st -> legends.add(st.legend()));
        String legend = legends.size() == 1 ? legends.iterator().next()
                : "improvement f: 0 = the mood just before the first treatment (or the change of"
                        + " stress), 1 = the healthy mood of day 0";
        return "  " + legend + "\n" + grid(rows, true) + Explanation.DISCLAIMER + "\n";
    }

    /**
     * Aligned columns; the first is left-aligned, the others right-aligned, except that the
     * last column is left-aligned when its header is empty or when there is no header row.
     */
    private static String grid(List<String[]> rows, boolean header) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(c == 0 ? pad(row[c], widths[c], true)
                        : pad(row[c], widths[c], c == row.length - 1
                                && (!header || rows.get(0)[c].isEmpty())));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(width - s.length());
        return left ? s + fill : fill + s;
    }

    static String num(double value) {
        return Decimals.label(value);
    }
}
