package org.plasticitylab.cli.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plasticitylab.cohort.CohortResult;

/** The short table a cohort prints: one column per scenario, one row per figure. */
public final class CohortTable {
    private CohortTable() {
    }

    /**
     * The table of one or more finished cohorts.
     *
     * @param cohorts the cohorts, in column order
     * @return the table, one line per row
     */
    public static String of(List<CohortResult> cohorts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("")));
        rows.add(new ArrayList<>(List.of("patients")));
        rows.add(new ArrayList<>(List.of("response rate")));
        rows.add(new ArrayList<>(List.of("median days to relapse")));
        rows.add(new ArrayList<>(List.of("relapsed fraction")));
        for (CohortResult c : cohorts) {
            rows.get(0).add(c.scenario().name());
            rows.get(1).add(c.patients().size() + " (base seed " + c.baseSeed() + ")");
            rows.get(2).add(String.format(Locale.ROOT, "%.2f (%d responded)", c.responseRate(),
                    c.responders()));
            rows.get(3).add(c.medianDaysToRelapse().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", c.medianDaysToRelapse().getAsDouble())
                    : "not reached");
            rows.get(4).add(String.format(Locale.ROOT, "%.2f (%d relapsed)",
                    c.relapsedFraction(), c.relapsed()));
        }
        int[] widths = new int[cohorts.size() + 1];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String fill = " ".repeat(widths[i] - cell.length());
                line.append(' ').append(i == 0 ? cell + fill : fill + cell);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
