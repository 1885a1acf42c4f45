package org.plasticitylab.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.sim.Result;

/** Short text tables of outcomes, ending with the disclaimer. */
public final class SummaryTable {
    private SummaryTable() {
    }

    /**
     * One run: a title line, then start, end and extreme of each outcome.
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
        return b.append(grid(rows)).append(Explanation.DISCLAIMER).append('\n').toString();
    }

    /**
     * Several runs side by side: one column per run, one row per outcome.
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
        for (int f = 0; f < SummaryFields.NAMES.size(); f++) {
            String[] row = new String[results.size() + 1];
            row[0] = SummaryFields.NAMES.get(f);
            for (int r = 0; r < results.size(); r++) {
                row[r + 1] = num(SummaryFields.values(results.get(r).summary()).get(f));
            }
            rows.add(row);
        }
        return grid(rows) + Explanation.DISCLAIMER + "\n";
    }

    private static String grid(List<String[]> rows) {
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
                        : pad(row[c], widths[c], c == row.length - 1 && rows.get(0)[c].isEmpty()));
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
